import { foldText, isHan } from '../../core/text.js';
import type { EntityType, Mention, MentionSource } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import { isWholeToken, type AnalyzedSentence } from './analysis.js';

export const MAX_NAME_LENGTH = 24;
const LONGEST_BOUNDARY_WORD = 4;

export function mention(
  analysis: AnalyzedSentence,
  start: number,
  end: number,
  type: EntityType,
  source: MentionSource,
  extra: Pick<Mention, 'sameAs' | 'weak'> = {},
): Mention {
  return { sentence: analysis.sentence.id, start, end, surface: analysis.text.slice(start, end), type, source, ...extra };
}

/** Characters a name may contain besides Han: Latin letters and digits (5G, T3B) and brackets around a place. */
function isNameChar(char: string): boolean {
  return isHan(char) || /[A-Za-z0-9（）·]/.test(char);
}

/**
 * A boundary word (verb, function word, determiner) ending at `position`. Single characters count
 * only as whole jieba tokens: 新 is a boundary in 新建 but not in 中新.
 */
export function boundaryEndingAt(analysis: AnalyzedSentence, lexicon: Lexicon, position: number): string | undefined {
  for (let length = Math.min(LONGEST_BOUNDARY_WORD, position); length >= 1; length--) {
    const word = analysis.text.slice(position - length, position);
    if (!lexicon.boundaries.has(word)) continue;
    if (length === 1 ? isWholeToken(analysis, position - 1, position) : analysis.boundaries.has(position - length) || analysis.boundaries.has(position)) {
      return word;
    }
  }
  return undefined;
}

/**
 * Where a name ending at `end` starts: walk left over name characters until a boundary word,
 * punctuation or the length limit, then move right to a word boundary so no word is cut.
 */
export function nameStart(analysis: AnalyzedSentence, lexicon: Lexicon, headStart: number, end: number): number {
  const { text } = analysis;
  let start = headStart;
  let openBrackets = 0;
  while (start > 0 && end - start < MAX_NAME_LENGTH) {
    const char = text.charAt(start - 1);
    if (!isNameChar(char)) break;
    if (boundaryEndingAt(analysis, lexicon, start)) break;
    if (char === '）') openBrackets++;
    if (char === '（') {
      if (openBrackets === 0) break;
      openBrackets--;
    }
    start--;
  }
  while (start < headStart && (!analysis.boundaries.has(start) || /[（）·]/.test(text.charAt(start)))) start++;
  return start;
}

/** A generic phrase, a stop word or a fragment rather than a name. */
export function isJunkName(surface: string, lexicon: Lexicon): boolean {
  const folded = foldText(surface);
  if (folded.length < 2 || lexicon.stopwords.has(surface) || lexicon.stopwords.has(folded)) return true;
  if (/^[\d.%]+$/.test(folded) || /^[0-9]/.test(folded)) return true;
  for (let length = 1; length <= LONGEST_BOUNDARY_WORD && length < surface.length; length++) {
    if (length > 1 && lexicon.boundaries.has(surface.slice(0, length))) return true;
  }
  return false;
}
