import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { AnalyzedSentence, Token } from '../mentions/analysis.js';
import { boundaryEndingAt, categoryBefore, isPlaceForm, nounPhraseStart, splitsInto } from '../mentions/span.js';
import { knownFormsIn, type KnownSpan } from '../mentions/known-forms.js';

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
/** Time words, numerals, localities, prepositions, conjunctions, pronouns and particles. */
const INNER_FUNCTION_TAGS = new Set(['t', 'm', 'f', 'p', 'c', 'r', 'u']);

/**
 * Features that bin a count: `prefix` then `≤edge` for the first edge the value does not pass, or
 * `>last`. The names are built once, so a candidate's features build no strings for them.
 */
function binned(prefix: string, edges: readonly number[]): (value: number) => string {
  const names = [...edges.map((edge) => `${prefix}≤${edge}`), `${prefix}>${edges.at(-1) ?? 0}`];
  return (value) => {
    let index = 0;
    while (index < edges.length && value > (edges[index] as number)) index++;
    return names[index] as string;
  };
}

/**
 * Feature names made of two parts, `a + separator + b`, each made once: a candidate's features then
 * build no strings, and the weight table hashes each name once rather than at every lookup. The
 * parts are tags, types, signals and other names, never a candidate's text, so the names stay few.
 */
class Names {
  private readonly made = new Map<string, Map<string, string>>();

  constructor(private readonly separator: string) {}

  of(a: string, b: string): string {
    let byB = this.made.get(a);
    if (!byB) this.made.set(a, (byB = new Map<string, string>()));
    let name = byB.get(b);
    if (name === undefined) byB.set(b, (name = `${a}${this.separator}${b}`));
    return name;
  }
}

/** group:value */
const GROUPED = new Names(':');
/** type|feature: a feature weighed for one type. */
const TYPED = new Names('|');
/** feature×value: a feature crossed with another. */
const CROSSED = new Names('×');
/** before>first: the tags on both sides of a left edge. */
const EDGE = new Names('>');

const LENGTH = binned('len:', [2, 3, 4, 6, 9, 14, 24]);
const SIGNALS = binned('signals:', [1, 2]);
const TOKENS = binned('tokens:', [1, 2, 3, 5, 8]);
const MODIFIER_LENGTH = binned('modlen:', [1, 2, 3, 4, 6, 9]);
const INNER_VERBS = binned('inner:verb', [1]);
const COMMON_WORDS = binned('mod:common×', [1, 2, 3]);
const CORPUS = binned('corpus:', [1, 2, 4]);
const DOCUMENT = binned('doc', [30, 150]);

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

/** The feature a word of this tag adds inside a modifier: a proper word's class, or a time, number, locality or function word. */
function innerFeature(tag: string): string | undefined {
  if (PROPER_TAGS.has(tag)) return GROUPED.of('inner', tagClass(tag));
  return INNER_FUNCTION_TAGS.has(tag) ? GROUPED.of('inner', tag) : undefined;
}

/** A sentence's tokens indexed by character, and the lexicon's names in it: computed once per sentence, read by every candidate. */
interface SentenceView {
  tokens: readonly Token[];
  /** Character offset → index of the token that covers it (tokens tile the sentence). */
  covering: Int32Array;
  /** The lexicon's forms in the sentence (knownFormsIn). */
  known: readonly KnownSpan[];
}

const views = new WeakMap<AnalyzedSentence, SentenceView>();

export function sentenceView(analysis: AnalyzedSentence, lexicon: Lexicon): SentenceView {
  let view = views.get(analysis);
  if (!view) {
    const { tokens, text } = analysis;
    const covering = new Int32Array(text.length + 1).fill(-1);
    tokens.forEach((token, index) => covering.fill(index, token.start, token.end));
    view = { tokens, covering, known: knownFormsIn(analysis, lexicon) };
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
 * often written once, so a single occurrence weighs less there than in a long report. `known`: the
 * candidate was proposed by the gazetteer or the lexicon.
 */
export function recurrenceFeatures(sentences: number, documentSentences: number, known: boolean): string[] {
  const recurs = CORPUS(sentences);
  // A place or name the gazetteer or lexicon knows is a name however rarely the text repeats it.
  return [recurs, CROSSED.of(recurs, DOCUMENT(documentSentences)), ...(known ? [CROSSED.of(recurs, 'known')] : [])];
}

/**
 * The features of one candidate that its sentence alone decides (everything but `recurrenceFeatures`),
 * so they can be computed, and scored, where the sentence was extracted. `analysis` is its sentence.
 */
export function candidateFeatures(candidate: Candidate, analysis: AnalyzedSentence, lexicon: Lexicon): string[] {
  // Every feature is pushed at most once (a loop stops at its first hit, a feature of several words is
  // checked against those before it), in a fixed order: `logit` sums the weights in this order.
  const { mention } = candidate;
  const { start, end } = mention;
  const { text } = analysis;
  const surface = text.slice(start, end);
  const folded = foldText(surface);
  const type = mention.type;
  const features: string[] = [GROUPED.of('type', type)];
  // The same evidence weighs differently for each type: a long modifier is normal before 行动计划, rare before 站.
  const byType = (feature: string) => features.push(feature, TYPED.of(type, feature));
  byType(LENGTH(folded.length));
  for (const source of candidate.sources) {
    const signal = GROUPED.of('src', source);
    features.push(signal, CROSSED.of(signal, type));
  }
  features.push(SIGNALS(candidate.sources.length));
  if (mention.weak) features.push('weak');

  const view = sentenceView(analysis, lexicon);
  const inside = tokensIn(view, start, end);
  const before = view.tokens[(view.covering[start - 1] ?? -1)];
  const after = view.tokens[(view.covering[end] ?? -1)];
  const first = inside[0];
  const prevChar = text.charAt(start - 1);
  const nextChar = text.charAt(end);
  const beforeClass = start === 0 || PUNCTUATION.test(prevChar) ? 'punct' : tagClass(before?.tag);
  const firstClass = tagClass(first?.tag);
  features.push(GROUPED.of('prev', beforeClass));
  features.push(GROUPED.of('next', end === text.length || PUNCTUATION.test(nextChar) ? 'punct' : tagClass(after?.tag)));
  features.push(GROUPED.of('first', firstClass), TOKENS(inside.length));
  if (inside.length === 1) features.push(GROUPED.of('whole', firstClass));
  // A category before the span (重点工程|隆泸叙铁路) ends a name's left as a boundary word does.
  if (boundaryEndingAt(analysis, lexicon, start) || categoryBefore(analysis, lexicon, start)) features.push('prev:boundary-word');
  // An item of a 、-list: its neighbours are usually names of the same kind (万州、开州).
  if (prevChar === '、' || nextChar === '、') features.push(GROUPED.of('list-item', type));
  // …and a place beside a place the gazetteer knows is one of a list of places (荣昌、铜梁、大足).
  if (type === 'place' && ((prevChar === '、' && isPlaceForm(view.tokens[view.covering[start - 2] ?? -1], lexicon)) || (nextChar === '、' && isPlaceForm(view.tokens[view.covering[end + 1] ?? -1], lexicon)))) {
    features.push('list-item:beside-place');
  }
  // A boundary word that opens the span as a word of its own (推进…), not as part of one (服务 of 服务业).
  for (let length = 2; length <= 4; length++) {
    if (lexicon.boundaries.has(surface.slice(0, length)) && analysis.boundaries.has(start + length)) {
      features.push('first:boundary-word');
      break;
    }
  }

  // The left edge against the noun phrase the span ends: names are usually whole noun phrases.
  const phraseStart = nounPhraseStart(view.tokens, view.covering[end - 1] ?? -1, end);
  const chunk = start === phraseStart ? 'np:whole' : start > phraseStart ? 'np:part' : 'np:beyond';
  byType(chunk);
  // A weak edge (an alternative left edge) is more often right where it starts the noun phrase.
  if (mention.weak) features.push(CROSSED.of('weak', chunk));
  byType(GROUPED.of('edge', EDGE.of(beforeClass, firstClass)));
  const head = headOf(surface, lexicon);
  const modifier = head ? surface.slice(0, surface.length - head.length) : surface;
  if (head) features.push(GROUPED.of('headtype', type), MODIFIER_LENGTH(foldText(modifier).length));
  else features.push('head:none');
  const modifierTokens = inside.filter((token) => token.end <= start + modifier.length);
  const verbs = modifierTokens.slice(1).filter((token) => token.tag.startsWith('v') && token.tag !== 'vn').length;
  if (verbs > 0) features.push(INNER_VERBS(verbs));
  for (const token of modifierTokens) {
    const inner = innerFeature(token.tag);
    if (inner !== undefined && !features.includes(inner)) features.push(inner);
  }
  // A modifier of one or two everyday words (智能工厂, 综合交通枢纽) names a kind; three or more, or a proper word, a thing.
  if (modifierTokens.length > 0 && modifierTokens.every((token) => !PROPER_TAGS.has(token.tag))) features.push('mod:common-words', COMMON_WORDS(modifierTokens.length));
  if (modifier !== '' && splitsInto(modifier, lexicon.qualifiers)) features.push('mod:qualifiers');
  if (NUMBERED.test(surface)) features.push('mod:numbered');
  if (DIGIT_OR_LATIN.test(surface)) features.push('has:digit-latin');
  if (/的/.test(surface)) features.push('has:的');
  if (/[和与及]/.test(surface)) features.push('has:and');
  if (knownInside(view, start, start + modifier.length, PLACE)) features.push('mod:place');
  const known = lexicon.knownForms.get(surface);
  if (!known && knownInside(view, start + 1, end, ANY_NAME)) features.push('has:known-name');
  if (known) features.push(GROUPED.of('known', known.type), known.type === type ? 'known:same-type' : 'known:other-type');
  // A known name at the end with more before it: a left over-extension (随着西部陆海新通道).
  if (view.known.some(([from, to]) => to === end && from > start)) features.push('ends:known-name');
  if (/^“[^“”]+”$/.test(surface)) features.push('quote:whole');
  else if (surface.includes('“')) features.push(surface.startsWith('“') ? 'quote:opens' : 'quote:inside');
  if (text.charAt(start - 1) === '《' && text.charAt(end) === '》') features.push('book');
  if (/[（(]/.test(surface)) features.push('has:bracket');
  return features;
}
