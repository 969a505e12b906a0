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
}

export function analyzeSentence(sentence: Sentence, segmenter: Segmenter): AnalyzedSentence {
  const { text } = sentence;
  const tokens: Token[] = [];
  let position = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    const start = text.startsWith(word, position) ? position : text.indexOf(word, position);
    if (start < 0) continue;
    tokens.push({ word, tag, start, end: start + word.length });
    position = start + word.length;
  }
  return withTokens(sentence, tokens);
}

function withTokens(sentence: Sentence, tokens: Token[]): AnalyzedSentence {
  const { text } = sentence;
  // Typed arrays instead of a Set and a Map: every extractor asks these at every character.
  const isBoundary = new Uint8Array(text.length + 1);
  const tokenIndex = new Int32Array(text.length + 1).fill(-1);
  isBoundary[0] = 1;
  isBoundary[text.length] = 1;
  tokens.forEach((token, index) => {
    tokenIndex[token.start] = index;
    isBoundary[token.start] = 1;
    isBoundary[token.end] = 1;
  });
  return {
    sentence,
    text,
    tokens,
    boundaries: { has: (offset) => isBoundary[offset] === 1 },
    tokenAt: { get: (offset) => tokens[tokenIndex[offset] ?? -1] },
  };
}

/** An analysis as a worker thread sends it: offsets in one array, tags in one string, words re-cut from the text. */
export interface PackedAnalysis {
  sentence: Sentence;
  spans: Int32Array;
  tags: string;
}

export function packAnalysis(analysis: AnalyzedSentence): PackedAnalysis {
  const spans = new Int32Array(analysis.tokens.length * 2);
  analysis.tokens.forEach((token, index) => {
    spans[2 * index] = token.start;
    spans[2 * index + 1] = token.end;
  });
  return { sentence: analysis.sentence, spans, tags: analysis.tokens.map((token) => token.tag).join(' ') };
}

export function unpackAnalysis({ sentence, spans, tags }: PackedAnalysis): AnalyzedSentence {
  const tagList = tags === '' ? [] : tags.split(' ');
  const tokens = tagList.map((tag, index): Token => {
    const start = spans[2 * index] ?? 0;
    const end = spans[2 * index + 1] ?? 0;
    return { word: sentence.text.slice(start, end), tag, start, end };
  });
  return withTokens(sentence, tokens);
}

/** True when [start, end) is exactly one token. */
export function isWholeToken(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokenAt.get(start)?.end === end;
}
