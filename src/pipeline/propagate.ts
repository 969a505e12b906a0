import { foldText } from '../core/text.js';
import type { Mention } from '../core/types.js';
import { mention, nestsIn } from './mentions/span.js';
import { resolveOverlaps, type SentenceMentions } from './mentions/index.js';
import { Trie } from './mentions/trie.js';

/**
 * Corpus-wide second pass. A name found once by a strong signal is a name everywhere: its other
 * occurrences become mentions even where no pattern fired (双城经济圈 in a sentence without a verb
 * before it), weak candidates survive only if attested, and "（以下简称X）" declares X an alias.
 */

const DECLARED_ALIAS = /^（(?:以下)?简称[“"]?([^”"）]{2,12})[”"]?）/;
const SHORT_NAME = 3;
const QUOTED_WHOLE = /^“([^“”]+)”$/;
/** Shorter quoted slogans (“两高”) also occur as plain words with another meaning. */
const BARE_QUOTE_MIN = 4;

export function propagateNames(sentences: SentenceMentions[]): SentenceMentions[] {
  // The last example of each surface is the one kept; a surface goes into the trie once, after the pass.
  const examples = new Map<string, Mention>();
  const attestedKeys = new Set<string>();
  const remember = (surface: string, example: Mention) => {
    if (!examples.has(surface)) attestedKeys.add(foldText(surface));
    examples.set(surface, example);
  };
  for (const { analysis, mentions } of sentences) {
    for (const found of mentions) {
      if (found.weak) continue;
      remember(found.surface, found);
      // A place named for sure (垫江县, 达州市) attests its short forms (垫江, 达州) wherever they are weak.
      if (found.source === 'gazetteer') for (const key of found.sameAs ?? []) attestedKeys.add(key);
      // A quoted name (“川渝通办”) is the same name written without its quotes.
      const bare = QUOTED_WHOLE.exec(found.surface)?.[1];
      if (bare !== undefined && bare.length >= BARE_QUOTE_MIN) remember(bare, { ...found, surface: bare });
      // The bracket is looked at before the rest of the sentence is cut off for the pattern: few mentions have one after them.
      const declared = analysis.text.startsWith('（', found.end) ? DECLARED_ALIAS.exec(analysis.text.slice(found.end)) : null;
      if (declared?.[1]) {
        const alias = foldText(declared[1]);
        found.sameAs = [...(found.sameAs ?? []), alias];
        remember(declared[1], { ...found, surface: declared[1], sameAs: [foldText(found.surface)] });
      }
    }
  }
  /** A gazetteer short form whose place the corpus names for sure (垫江 once 垫江县 is named). */
  const placeAttested = (found: Mention) => found.source === 'gazetteer' && (found.sameAs ?? []).some((key) => attestedKeys.has(key));
  // A short form the scorer chose where only the gazetteer proposed it (渝中) is a name everywhere once
  // the corpus names its place in full (渝中区); otherwise (资源 of 资源县) it is a word.
  for (const { mentions } of sentences) {
    for (const found of mentions) if (found.weak === true && placeAttested(found)) remember(found.surface, { ...found, weak: false });
  }
  const attested = new Trie<Mention>();
  for (const [surface, example] of examples) attested.set(surface, example);
  return sentences.map(({ analysis, mentions }) => {
    const attestedMention = (found: Mention) => attestedKeys.has(foldText(found.surface)) || placeAttested(found);
    const candidates = mentions.map((found) => (found.weak && attestedMention(found) ? { ...found, weak: false } : found));
    const { text } = analysis;
    for (let start = 0; start < text.length; start++) {
      const longest = attested.longestAt(text, start);
      if (!longest) continue;
      const { end, value: example } = longest;
      if (end - start < SHORT_NAME && !(analysis.boundaries.has(start) && analysis.boundaries.has(end))) continue;
      const extra: Pick<Mention, 'sameAs'> = example.sameAs ? { sameAs: example.sameAs } : {};
      candidates.push(mention(analysis, start, end, example.type, 'alias', extra));
    }
    const kept = resolveOverlaps(candidates.filter((found) => !found.weak));
    const quoted = quotedInside(analysis, kept, examples);
    const nested = nestedInside(mentions, kept).filter((found) => !quoted.some((other) => other.start === found.start && other.end === found.end));
    return { analysis, mentions: [...kept, ...quoted, ...nested].sort((a, b) => a.start - b.start || b.end - a.end) };
  });
}

/**
 * The mentions the scorer nested inside a longer one it also chose (重庆市黔江区人民政府 → 黔江区; 北海 in
 * 北海-钦州-防城港一体化) stay nested there: selected `mentions` that were not kept themselves and lie
 * inside a kept mention that was selected too (not one this pass added, which still swallows what it covers).
 */
function nestedInside(mentions: readonly Mention[], kept: readonly Mention[]): Mention[] {
  // A kept mention may be this pass's copy of a selected one (an attested name at the same span).
  const selected = kept.filter((body) => mentions.some((found) => found.start === body.start && found.end === body.end));
  return mentions.filter(
    (found) => !found.weak && selected.some((body) => nestsIn(found, body)),
  );
}

/** A quote that opens a longer name: “一带一路”科技创新合作区 → “一带一路”. */
const OPENING_QUOTE = /^“([^“”]+)”./;

/**
 * A name the corpus accepts on its own, written in quotes at the start of a longer name, is
 * mentioned there too (“一带一路”科技创新合作区 mentions 一带一路), so counting a name's mentions
 * counts every place the text writes it (the selection's nestings are kept by `nestedInside`).
 */
function quotedInside(analysis: SentenceMentions['analysis'], mentions: readonly Mention[], examples: ReadonlyMap<string, Mention>): Mention[] {
  return mentions.flatMap((found) => {
    const core = OPENING_QUOTE.exec(found.surface)?.[1];
    const example = core === undefined ? undefined : (examples.get(core) ?? examples.get(`“${core}”`));
    if (core === undefined || example === undefined) return [];
    return [mention(analysis, found.start, found.start + core.length + 2, example.type, 'alias', example.sameAs ? { sameAs: example.sameAs } : {})];
  });
}
