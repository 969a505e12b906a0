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
  boundaries: Set<number>;
  /** Token start offset → token. */
  tokenAt: Map<number, Token>;
}

export function analyzeSentence(sentence: Sentence, segmenter: Segmenter): AnalyzedSentence {
  const { text } = sentence;
  const tokens: Token[] = [];
  const boundaries = new Set<number>([0, text.length]);
  const tokenAt = new Map<number, Token>();
  let position = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    const start = text.startsWith(word, position) ? position : text.indexOf(word, position);
    if (start < 0) continue;
    const token = { word, tag, start, end: start + word.length };
    tokens.push(token);
    tokenAt.set(start, token);
    boundaries.add(token.start).add(token.end);
    position = token.end;
  }
  return { sentence, text, tokens, boundaries, tokenAt };
}

/** True when [start, end) is exactly one token. */
export function isWholeToken(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokenAt.get(start)?.end === end;
}
