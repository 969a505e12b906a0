import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { AnalyzedSentence, Token } from '../mentions/analysis.js';
import { boundaryEndingAt, nounPhraseStart, splitsInto } from '../mentions/span.js';
import { Trie } from '../mentions/trie.js';

/**
 * What the scorer knows about a candidate span: binary features named `group:value`. They describe
 * the span's shape (length, head word, quotes, 《》), the parts of speech jieba gives inside it and on
 * both sides, the lexicon's hits, which signals proposed it and how often the corpus proposes it.
 * No feature is the candidate's own text, so a weight learned on one corpus carries to another.
 */

/** A candidate span and every signal that proposed it. */
export interface Candidate {
  /** The mention the highest-ranked signal made: its type decides the entity type. */
  mention: Mention;
  /** The signals that proposed it; `pattern~` is a weak proposal (an alternative left edge, a bare jieba tag). */
  sources: string[];
}

const PUNCTUATION = /[，。、；：！？,;:!?（）()“”《》〈〉\s—-]/;
const NUMBERED = /^(?:第[一二三四五六七八九十百\d]+|首|[一二两三四五六七八九十百千万\d]+[个大项家批座条期所名类级])/;
const DIGIT_OR_LATIN = /[0-9A-Za-z]/;
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'eng', 'j', 'x']);

function bin(value: number, edges: number[]): string {
  for (const edge of edges) if (value <= edge) return `≤${edge}`;
  return `>${edges.at(-1) ?? 0}`;
}

function tagClass(tag: string | undefined): string {
  if (tag === undefined) return 'none';
  // Coarse classes: jieba's fine tags are too sparse for a corpus of a few dozen documents.
  if (tag === 'ns' || tag === 'nt' || tag === 'nz' || tag === 'nr' || tag === 'eng' || tag === 'j') return tag;
  if (tag.startsWith('n')) return 'n';
  if (tag === 'vn') return 'vn';
  if (tag.startsWith('v')) return 'v';
  if (tag.startsWith('a')) return 'a';
  return tag.charAt(0);
}

/** A sentence's tokens indexed by character, and the lexicon's names in it: computed once per sentence, read by every candidate. */
interface SentenceView {
  tokens: readonly Token[];
  /** Character offset → index of the token that covers it (tokens tile the sentence). */
  covering: Int32Array;
  /** [start, end, type] of every lexicon form in the sentence. */
  known: [number, number, string][];
}

const views = new WeakMap<AnalyzedSentence, SentenceView>();
const tries = new WeakMap<Lexicon, Trie<string>>();

/** The lexicon's forms → type, as a trie, built once per lexicon. */
function knownTrie(lexicon: Lexicon): Trie<string> {
  let trie = tries.get(lexicon);
  if (!trie) {
    trie = new Trie<string>();
    for (const [form, known] of lexicon.knownForms) trie.set(form, known.type);
    tries.set(lexicon, trie);
  }
  return trie;
}

export function sentenceView(analysis: AnalyzedSentence, lexicon: Lexicon): SentenceView {
  let view = views.get(analysis);
  if (!view) {
    const { tokens, text } = analysis;
    const covering = new Int32Array(text.length + 1).fill(-1);
    tokens.forEach((token, index) => covering.fill(index, token.start, token.end));
    const known: [number, number, string][] = [];
    const trie = knownTrie(lexicon);
    for (let start = 0; start < text.length; start++) {
      for (const { end, value } of trie.matchesAt(text, start)) if (end - start >= 2) known.push([start, end, value]);
    }
    view = { tokens, covering, known };
    views.set(analysis, view);
  }
  return view;
}

/** The tokens wholly inside [start, end). */
export function tokensIn(view: SentenceView, start: number, end: number): Token[] {
  const first = view.covering[start] ?? -1;
  const last = view.covering[end - 1] ?? -1;
  if (first < 0 || last < 0) return [];
  return view.tokens.slice(first, last + 1).filter((token) => token.start >= start && token.end <= end);
}

/** The lexicon head word `surface` ends with, longest first. */
export function headOf(surface: string, lexicon: Lexicon): string | undefined {
  return headEnding(lexicon, surface, 1)?.head;
}

function knownInside(view: SentenceView, start: number, end: number, types: ReadonlySet<string>): boolean {
  return view.known.some(([from, to, type]) => from >= start && to <= end && types.has(type));
}

const PLACE = new Set(['place']);
const ANY_NAME = new Set(['place', 'organization', 'program', 'project', 'slogan']);

/**
 * The features that need more than the sentence: in how many sentences of the corpus the candidate's
 * folded surface is a (name-shaped) candidate, alone and against the length of its document. A name
 * recurs; a phrase assembled around a head word rarely does. But in a short excerpt even a name is
 * often written once, so a single occurrence weighs less there than in a long report.
 */
export function recurrenceFeatures(sentences: number, documentSentences: number): string[] {
  const recurs = `corpus:${bin(sentences, [1, 2, 4])}`;
  return [recurs, `${recurs}×doc${bin(documentSentences, [30, 150])}`];
}

/**
 * The features of one candidate that its sentence alone decides (everything but `recurrenceFeatures`),
 * so they can be computed, and scored, where the sentence was extracted. `analysis` is its sentence.
 */
export function candidateFeatures(candidate: Candidate, analysis: AnalyzedSentence, lexicon: Lexicon): string[] {
  const { mention } = candidate;
  const { start, end } = mention;
  const { text } = analysis;
  const surface = text.slice(start, end);
  const folded = foldText(surface);
  const type = mention.type;
  const features: string[] = [`type:${type}`];
  // The same evidence weighs differently for each type: a long modifier is normal before 行动计划, rare before 站.
  const byType = (feature: string) => features.push(feature, `${type}|${feature}`);
  byType(`len:${bin(folded.length, [2, 3, 4, 6, 9, 14, 24])}`);
  for (const source of candidate.sources) features.push(`src:${source}`, `src:${source}×${mention.type}`);
  features.push(`signals:${bin(candidate.sources.length, [1, 2])}`);
  if (mention.weak) features.push('weak');

  const view = sentenceView(analysis, lexicon);
  const inside = tokensIn(view, start, end);
  const before = view.tokens[(view.covering[start - 1] ?? -1)];
  const after = view.tokens[(view.covering[end] ?? -1)];
  const first = inside[0];
  const prevChar = text.charAt(start - 1);
  const nextChar = text.charAt(end);
  features.push(start === 0 || PUNCTUATION.test(prevChar) ? 'prev:punct' : `prev:${tagClass(before?.tag)}`);
  features.push(end === text.length || PUNCTUATION.test(nextChar) ? 'next:punct' : `next:${tagClass(after?.tag)}`);
  features.push(`first:${tagClass(first?.tag)}`, `tokens:${bin(inside.length, [1, 2, 3, 5, 8])}`);
  if (inside.length === 1) features.push(`whole:${tagClass(first?.tag)}`);
  if (boundaryEndingAt(analysis, lexicon, start)) features.push('prev:boundary-word');
  // An item of a 、-list: its neighbours are usually names of the same kind (万州、开州).
  if (prevChar === '、' || nextChar === '、') features.push(`list-item:${mention.type}`);
  for (let length = 2; length <= 4; length++) if (lexicon.boundaries.has(surface.slice(0, length))) features.push('first:boundary-word');

  // The left edge against the noun phrase the span ends: names are usually whole noun phrases.
  const phraseStart = nounPhraseStart(view.tokens, view.covering[end - 1] ?? -1, end);
  const chunk = start === phraseStart ? 'np:whole' : start > phraseStart ? 'np:part' : 'np:beyond';
  byType(chunk);
  // A weak edge (an alternative left edge) is more often right where it starts the noun phrase.
  if (mention.weak) features.push(`weak×${chunk}`);
  byType(`edge:${start === 0 || PUNCTUATION.test(prevChar) ? 'punct' : tagClass(before?.tag)}>${tagClass(first?.tag)}`);
  const head = headOf(surface, lexicon);
  const modifier = head ? surface.slice(0, surface.length - head.length) : surface;
  if (head) features.push(`headtype:${mention.type}`, `modlen:${bin(foldText(modifier).length, [1, 2, 3, 4, 6, 9])}`);
  else features.push('head:none');
  const modifierTokens = inside.filter((token) => token.end <= start + modifier.length);
  const verbs = modifierTokens.slice(1).filter((token) => token.tag.startsWith('v') && token.tag !== 'vn').length;
  if (verbs > 0) features.push(`inner:verb${bin(verbs, [1])}`);
  for (const token of modifierTokens) {
    if (PROPER_TAGS.has(token.tag)) features.push(`inner:${tagClass(token.tag)}`);
    if (token.tag === 't' || token.tag === 'm' || token.tag === 'f' || token.tag === 'p' || token.tag === 'c' || token.tag === 'r' || token.tag === 'u') {
      features.push(`inner:${token.tag}`);
    }
  }
  // A modifier of one or two everyday words (智能工厂, 综合交通枢纽) names a kind; three or more, or a proper word, a thing.
  if (modifierTokens.length > 0 && modifierTokens.every((token) => !PROPER_TAGS.has(token.tag))) features.push('mod:common-words', `mod:common×${bin(modifierTokens.length, [1, 2, 3])}`);
  if (modifier !== '' && splitsInto(modifier, lexicon.qualifiers)) features.push('mod:qualifiers');
  if (NUMBERED.test(surface)) features.push('mod:numbered');
  if (DIGIT_OR_LATIN.test(surface)) features.push('has:digit-latin');
  if (/的/.test(surface)) features.push('has:的');
  if (/[和与及]/.test(surface)) features.push('has:and');
  if (knownInside(view, start, start + modifier.length, PLACE)) features.push('mod:place');
  if (knownInside(view, start + 1, end, ANY_NAME) && !lexicon.knownForms.has(surface)) features.push('has:known-name');

  const known = lexicon.knownForms.get(surface);
  if (known) features.push(`known:${known.type}`, known.type === mention.type ? 'known:same-type' : 'known:other-type');
  // A known name at the end with more before it: a left over-extension (随着西部陆海新通道).
  for (let cut = 1; cut < surface.length - 1; cut++) {
    if (lexicon.knownForms.has(surface.slice(cut))) {
      features.push('ends:known-name');
      break;
    }
  }
  if (/^“[^“”]+”$/.test(surface)) features.push('quote:whole');
  else if (surface.includes('“')) features.push('quote:inside');
  if (text.charAt(start - 1) === '《' && text.charAt(end) === '》') features.push('book');
  if (/[（(]/.test(surface)) features.push('has:bracket');
  return [...new Set(features)];
}
