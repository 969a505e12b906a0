import type { Sentence } from '../../core/types.js';
import type { Segmenter } from '../jieba.js';

export interface Token {
  word: string;
  /** jieba's part-of-speech tag (ns place, nt organization, v verb, …). */
  tag: string;
  start: number;
  end: number;
}

/** A sentence with its jieba tokens: the word boundaries every extractor checks its spans against. */
export interface AnalyzedSentence {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  /** Offsets where a token starts or ends. */
  boundaries: { has(offset: number): boolean };
  /** Token start offset → token. */
  tokenAt: { get(offset: number): Token | undefined };
  /** The compact form the tokens are kept in, and sent between threads in. */
  packed: PackedAnalysis;
}

/**
 * Prepositions that open a reporting or locating frame. jieba glues one to a word it does not know
 * (从省/x 交通运输厅, 从市/x 发展改革委), which would hide the name's first character inside a word.
 */
const FRAME_PREPOSITIONS = new Set(Array.from('从在向对据受把被随沿'));

export function analyzeSentence(sentence: Sentence, segmenter: Segmenter): AnalyzedSentence {
  const { text } = sentence;
  const tagged = segmenter.tag(text);
  const spans = new Int32Array(tagged.length * 4);
  const tags: string[] = [];
  const push = (start: number, end: number, tag: string) => {
    spans[2 * tags.length] = start;
    spans[2 * tags.length + 1] = end;
    tags.push(tag);
  };
  let position = 0;
  for (const { word, tag } of tagged) {
    const start = text.startsWith(word, position) ? position : text.indexOf(word, position);
    if (start < 0) continue;
    // An unknown word that starts with a frame preposition is the preposition and the word after it.
    if (tag === 'x' && word.length >= 2 && FRAME_PREPOSITIONS.has(word.charAt(0))) {
      push(start, start + 1, 'p');
      push(start + 1, start + word.length, 'x');
    } else push(start, start + word.length, tag);
    position = start + word.length;
  }
  return analysisFromPacked({ sentence, spans: spans.slice(0, 2 * tags.length), tags: tags.join(' ') });
}

/** An analysis as a worker thread sends it: token offsets in one array, tags in one string. */
export interface PackedAnalysis {
  sentence: Sentence;
  spans: Int32Array;
  tags: string;
}

/**
 * Boundaries and the token index are typed arrays (every extractor asks them at every character);
 * token objects are made only when a stage asks for them, which most sentences of a large corpus
 * never do after extraction, so a corpus of analyses stays small in memory.
 */
export function analysisFromPacked(packed: PackedAnalysis): AnalyzedSentence {
  const { sentence, spans } = packed;
  const { text } = sentence;
  const count = spans.length / 2;
  const isBoundary = new Uint8Array(text.length + 1);
  const tokenIndex = new Int32Array(text.length + 1).fill(-1);
  isBoundary[0] = 1;
  isBoundary[text.length] = 1;
  for (let index = 0; index < count; index++) {
    const start = spans[2 * index] ?? 0;
    tokenIndex[start] = index;
    isBoundary[start] = 1;
    isBoundary[spans[2 * index + 1] ?? 0] = 1;
  }
  let tokens: Token[] | undefined;
  const materialize = (): Token[] => {
    if (!tokens) {
      const tags = packed.tags === '' ? [] : packed.tags.split(' ');
      tokens = tags.map((tag, index): Token => {
        const start = spans[2 * index] ?? 0;
        const end = spans[2 * index + 1] ?? 0;
        return { word: text.slice(start, end), tag, start, end };
      });
    }
    return tokens;
  };
  return {
    sentence,
    text,
    get tokens() {
      return materialize();
    },
    boundaries: { has: (offset) => isBoundary[offset] === 1 },
    tokenAt: { get: (offset) => materialize()[tokenIndex[offset] ?? -1] },
    packed,
  };
}

/** jieba's tags of proper words: places, people, organizations, other proper nouns, abbreviations, foreign words. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j', 'eng']);

/** A proper word, or a Han word jieba does not know (it tags those x, like punctuation): what singles a thing out. */
export function isProperToken(token: Token): boolean {
  return PROPER_TAGS.has(token.tag) || (token.tag === 'x' && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(token.word));
}

/** The token that ends at `end`, if one does: found by walking back to the nearest word boundary, not by scanning the tokens. */
export function tokenEndingAt(analysis: AnalyzedSentence, end: number): Token | undefined {
  const token = tokenHolding(analysis, end - 1);
  return token?.end === end ? token : undefined;
}

/** The token that holds the character at `offset`: found by walking back to the nearest word boundary. */
export function tokenHolding(analysis: AnalyzedSentence, offset: number): Token | undefined {
  let start = offset;
  while (start > 0 && !analysis.boundaries.has(start)) start--;
  return analysis.tokenAt.get(start);
}

/** True when [start, end) is exactly one token. */
export function isWholeToken(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokenAt.get(start)?.end === end;
}
