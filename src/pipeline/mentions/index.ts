import { isStorableKey } from '../../core/graph-schema.js';
import type { Mention, MentionSource, Sentence } from '../../core/types.js';
import type { Segmenter } from '../jieba.js';
import { displayForm } from '../entities.js';
import type { Lexicon } from '../lexicon.js';
import { analysisFromPacked, analyzeSentence, type AnalyzedSentence } from './analysis.js';
import { enumerationMentions } from './enumerations.js';
import { gazetteerMatcher } from './gazetteer.js';
import { headWordMatcher } from './headwords.js';
import { jiebaTagMentions } from './jieba-tags.js';
import { numeralMentions } from './numerals.js';
import { quoteMatcher } from './quotes.js';
import { themedPlaceMatcher } from './themed-places.js';

export type Extractor = (analysis: AnalyzedSentence) => Mention[];

/** The signals, each on its own; `resolveOverlaps` decides between them. */
export function extractors(lexicon: Lexicon): Extractor[] {
  return [
    gazetteerMatcher(lexicon),
    quoteMatcher(lexicon),
    (analysis) => numeralMentions(analysis, lexicon),
    headWordMatcher(lexicon),
    themedPlaceMatcher(lexicon),
    (analysis) => enumerationMentions(analysis, lexicon),
    (analysis) => jiebaTagMentions(analysis, lexicon),
  ];
}

/** When two signals claim the same span, the more specific one decides the type. */
const SOURCE_RANK: Record<MentionSource, number> = { alias: 0, gazetteer: 1, quote: 2, pattern: 3, list: 4, jieba: 5 };

/**
 * Keeps a set of non-overlapping mentions: strong before weak, then longer spans first
 * (成渝地区双城经济圈 over 成渝), then by signal. Nested names are not kept: the longest reading wins.
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      Number(a.weak ?? false) - Number(b.weak ?? false) ||
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const candidate of ranked) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A quoted “toString” is a program identifier, never a policy entity, and graphology cannot hold it as a node. */
function isStorableName(found: Mention): boolean {
  return isStorableKey(displayForm(found.surface));
}

export interface SentenceMentions {
  analysis: AnalyzedSentence;
  mentions: Mention[];
}

export function extractMentions(sentences: Sentence[], lexicon: Lexicon, segmenter: Segmenter): SentenceMentions[] {
  const signals = extractors(lexicon);
  return sentences.map((sentence) => {
    const analysis = analyzeSentence(sentence, segmenter);
    const mentions = resolveOverlaps(signals.flatMap((signal) => signal(analysis)).filter(isStorableName));
    // A fresh view of the packed tokens, so the token objects the extractors made are not kept for the whole corpus.
    return { analysis: analysisFromPacked(analysis.packed), mentions };
  });
}
