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
  // Typed arrays instead of a Set and a Map: every extractor asks these at every character.
  const isBoundary = new Uint8Array(text.length + 1);
  const tokenIndex = new Int32Array(text.length + 1).fill(-1);
  isBoundary[0] = 1;
  isBoundary[text.length] = 1;
  let position = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    const start = text.startsWith(word, position) ? position : text.indexOf(word, position);
    if (start < 0) continue;
    const token = { word, tag, start, end: start + word.length };
    tokenIndex[start] = tokens.length;
    tokens.push(token);
    isBoundary[token.start] = 1;
    isBoundary[token.end] = 1;
    position = token.end;
  }
  return {
    sentence,
    text,
    tokens,
    boundaries: { has: (offset) => isBoundary[offset] === 1 },
    tokenAt: { get: (offset) => tokens[tokenIndex[offset] ?? -1] },
  };
}

/** True when [start, end) is exactly one token. */
export function isWholeToken(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokenAt.get(start)?.end === end;
}
