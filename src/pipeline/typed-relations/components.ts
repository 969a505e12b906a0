import { foldText } from '../../core/text.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import type { Item } from './lists.js';
import type { EntityRegistry } from './registry.js';

/**
 * A list item → the name it contributes. Items carry the clause's verb and frame (奋力书写建设
 * 内陆开放高地, 创造高品质生活新篇章); the name is what remains once leading boundary words (and,
 * when a key word guards the name, verbs and adverbs) and a trailing frame noun are dropped — never
 * so much that the key word goes. An entity the item names keeps its own span.
 */

export interface Component {
  start: number;
  end: number;
  /** The entity whose mention is exactly this span, when there is one. */
  entity?: string;
}

/** jieba tags of verbs and adverbs, which open a clause but never a name. */
const VERBAL_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'd', 'ad', 'df', 'dg']);
const OPENING_QUOTES = '“‘「';
const CLOSING_QUOTES = '”’」';
const MIN_LENGTH = 2;
const MAX_LENGTH = 24;
/** A component is a phrase, never a clause of its own. */
const CLAUSE_MARK = /[，。；：！？,;:!?、]/;
/** Frames that wrap a goal in report prose: 谱写…新篇章, 迈上…新台阶. */
const FRAME_NOUN = /^新[\u4e00-\u9fff]{2}$/;

function contains(text: string, key: string | undefined): boolean {
  return key === undefined ? text.length >= MIN_LENGTH : text.includes(key);
}

/**
 * A one-character key abbreviates a word it begins (高 of 高质量) or the word that ends the name
 * (地 of 内陆开放高地); inside a modifier it abbreviates nothing (点 of 重点领域, 重点行业).
 */
function keyIsProminent(analysis: AnalyzedSentence, start: number, end: number, key: string): boolean {
  if (key.length > 1) return true;
  return analysis.tokens.some((token) => token.end > start && token.start < end && token.word.includes(key) && (token.word.startsWith(key) || token.end >= end));
}

/**
 * Where the first item of a serial list starts. It carries the clause's subject and verb (全市推动
 * 高质量发展、创造高品质生活), so by parallelism it starts where the second item's first word
 * recurs in it, or at its last verb when the second item starts with a verb.
 */
export function alignFirstItem(analysis: AnalyzedSentence, first: Item, second: Item): Item {
  const opener = analysis.tokens.find((token) => token.start >= second.start && /[\u4e00-\u9fff]/.test(token.word));
  if (!opener) return first;
  const inFirst = analysis.tokens.filter((token) => token.start >= first.start && token.end < first.end);
  const recurring = inFirst.filter((token) => token.word === opener.word).at(-1);
  const verb = opener.tag === 'v' ? inFirst.filter((token) => token.tag === 'v').at(-1) : undefined;
  const start = (recurring ?? verb)?.start;
  return start === undefined ? first : { start, end: first.end };
}

/**
 * The name in `item`. `key` is the word it must keep (the slogan's 高, 作用); without one (a list
 * set beside the slogan, whose count alone ties it) the item just has to stay a phrase.
 */
export function componentOf(analysis: AnalyzedSentence, item: Item, key: string | undefined, lexicon: Lexicon, registry: EntityRegistry): Component | undefined {
  const { text } = analysis;
  let { start, end } = item;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    // A quote closed after the item (“推动高质量发展、…”) is the list's edge, not part of the name.
    const quote = OPENING_QUOTES.indexOf(text.charAt(start));
    if ((quote >= 0 && !text.slice(start + 1, end).includes(CLOSING_QUOTES.charAt(quote))) || /\s/.test(text.charAt(start))) {
      start++;
      changed = true;
      continue;
    }
    const token = analysis.tokenAt.get(start);
    // Without a key word nothing tells 防范化解重大风险 (a name) from 打好防范… (a verb and its object) but the boundary words.
    const strippable = token !== undefined && token.end < end && token.tag !== 'p' && (lexicon.boundaries.has(token.word) || (key !== undefined && VERBAL_TAGS.has(token.tag)));
    if (token && strippable && contains(text.slice(token.end, end), key)) {
      start = token.end;
      changed = true;
    }
  }
  const closing = CLOSING_QUOTES.indexOf(text.charAt(end - 1));
  if (closing >= 0 && !text.slice(start, end - 1).includes(OPENING_QUOTES.charAt(closing))) end--;
  const lastToken = analysis.tokens.find((token) => token.end === end && token.start > start);
  if (lastToken && FRAME_NOUN.test(lastToken.word) && lexicon.stopwords.has(lastToken.word) && contains(text.slice(start, lastToken.start), key)) end = lastToken.start;

  const mentions = registry.mentionsIn(analysis.sentence).filter((found) => found.start >= start && found.end <= end);
  const carrying = key === undefined ? [] : mentions.filter((found) => foldText(text.slice(found.start, found.end)).includes(key));
  const named = mentions.find((found) => found.start === start && found.end === end) ?? (carrying.length === 1 ? carrying[0] : undefined);
  const component: Component = named ? { start: named.start, end: named.end, entity: named.entity } : { start, end };
  const surface = text.slice(component.start, component.end);
  if (!contains(surface, key) || surface.length < MIN_LENGTH || surface.length > MAX_LENGTH || CLAUSE_MARK.test(surface)) return undefined;
  return key === undefined || keyIsProminent(analysis, component.start, component.end, key) ? component : undefined;
}
