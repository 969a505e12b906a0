import type { Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { AnalyzedSentence, Token } from './analysis.js';
import { isJunkName, mention } from './span.js';

/**
 * Places the gazetteer does not hold (横琴, 前海, 河套; 港澳), found by the company they keep: an
 * item of a 、-list in which another item is a place the gazetteer knows (横琴、前海、南沙). A list is
 * of one kind, so its short items that are neither a name of another type nor a verb or adjective
 * are places too. Each is only a candidate: the scorer weighs it, and a list neighbour it took
 * (score.ts, withCoordinated) lifts it.
 */

/** Items this short are single place names; longer ones are phrases that need a head word of their own. */
const ITEM_LENGTHS = [2, 3] as const;
const LONGEST_ITEM = 3;
/** Tags a place's name is read as: nouns, proper nouns, abbreviations, unknown words, and the locality words of compound names (前/f 海). */
const PLACE_PART = /^(?:n|ns|nr|nrt|nz|j|x|f|ng)$/;

/** The tokens of [from, to), if it is whole words. */
function itemAt(analysis: AnalyzedSentence, from: number, to: number): Token[] | undefined {
  if (!analysis.boundaries.has(from) || !analysis.boundaries.has(to)) return undefined;
  const tokens: Token[] = [];
  for (let at = from; at < to; ) {
    const token = analysis.tokenAt.get(at);
    if (token === undefined) return undefined;
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

/** Whether [start, end) reads as a place's name: Han only, whole words of place-like tags and no everyday word, no head word, no name the lexicon types otherwise. */
function couldBePlace(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  const surface = analysis.text.slice(start, end);
  if (!/^[\u4e00-\u9fff]+$/.test(surface) || isJunkName(surface, lexicon) || headEnding(lexicon, surface, 1) !== undefined) return false;
  const known = lexicon.knownForms.get(surface);
  if (known !== undefined && known.type !== 'place') return false;
  const tokens = itemAt(analysis, start, end);
  // An everyday word is a topic or a sector listed beside the places (潼南、铜梁、科技), not a place.
  if (tokens === undefined || lexicon.commonWords.has(surface) || tokens.some((token) => lexicon.commonWords.has(token.word))) return false;
  return tokens.every((token) => PLACE_PART.test(token.tag)) && tokens.some((token) => token.tag !== 'f');
}

/** Whether [start, end) is a place the gazetteer knows, as a whole item. */
function isGazetteerPlace(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  return analysis.boundaries.has(start) && analysis.boundaries.has(end) && lexicon.gazetteer.forms.has(analysis.text.slice(start, end));
}

/**
 * The possible items of each 、-list of the sentence: on both sides of each 、, the two or three
 * characters next to it. Two 、 belong to one list when one short item stands between them.
 */
function listItems(text: string): [number, number][][] {
  const lists: [number, number][][] = [];
  let list: [number, number][] = [];
  let previous = -Infinity;
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    if (at - previous - 1 > LONGEST_ITEM) lists.push((list = []));
    previous = at;
    for (const length of ITEM_LENGTHS) {
      for (const [start, end] of [[at - length, at], [at + 1, at + 1 + length]] as const) {
        if (start >= 0 && end <= text.length && !text.slice(start, end).includes('、')) list.push([start, end]);
      }
    }
  }
  return lists;
}

/** Candidates of type place for the short items of 、-lists that hold a gazetteer place. Source `list`, weak. */
export function placeListMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const seen = new Set<string>();
  for (const items of listItems(analysis.text)) {
    const known = items.map(([start, end]) => isGazetteerPlace(analysis, start, end, lexicon));
    if (!known.includes(true)) continue;
    for (const [index, [start, end]] of items.entries()) {
      const key = `${start}:${end}`;
      if (seen.has(key) || known[index] === true || !couldBePlace(analysis, start, end, lexicon)) continue;
      seen.add(key);
      found.push(mention(analysis, start, end, 'place', 'list', { weak: true }));
    }
  }
  return found;
}
