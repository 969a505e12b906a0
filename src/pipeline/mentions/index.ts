import { isStorableKey } from '../../core/graph-schema.js';
import type { Mention, Sentence } from '../../core/types.js';
import type { Segmenter } from '../jieba.js';
import { displayForm } from '../entities.js';
import type { Lexicon } from '../lexicon.js';
import { loadModel, type ScorerModel } from '../scorer/model.js';
import { scoreSentence, selectMentions } from '../scorer/score.js';
import { analyzeSentence, type AnalyzedSentence } from './analysis.js';
import { enumerationMentions, workListMentions } from './enumerations.js';
import { gazetteerMatcher } from './gazetteer.js';
import { headWordMatcher } from './headwords.js';
import { jiebaTagMentions } from './jieba-tags.js';
import { nationalFirmMentions } from './national-firms.js';
import { numeralMentions } from './numerals.js';
import { placeListMentions } from './place-lists.js';
import { isQuotedNumeralCode, mottoMentions, quoteMatcher } from './quotes.js';
import { isJunkName, SOURCE_RANK } from './span.js';
import { themedPlaceMatcher } from './themed-places.js';
import { planTitleMentions, titleMentions } from './titles.js';
import { townMentions } from './towns.js';

export type Extractor = (analysis: AnalyzedSentence) => Mention[];

/** The signals, each proposing candidate spans on its own; the scorer (../scorer) decides between them. */
export function extractors(lexicon: Lexicon): Extractor[] {
  return [
    gazetteerMatcher(lexicon),
    titleMentions,
    (analysis) => planTitleMentions(analysis, lexicon),
    quoteMatcher(lexicon),
    mottoMentions,
    (analysis) => numeralMentions(analysis, lexicon),
    headWordMatcher(lexicon),
    themedPlaceMatcher(lexicon),
    (analysis) => enumerationMentions(analysis, lexicon),
    (analysis) => workListMentions(analysis, lexicon),
    (analysis) => placeListMentions(analysis, lexicon),
    (analysis) => nationalFirmMentions(analysis, lexicon),
    (analysis) => jiebaTagMentions(analysis, lexicon),
    (analysis) => townMentions(analysis, lexicon),
  ];
}


/**
 * Keeps a set of non-overlapping mentions of names already accepted (the propagation pass): strong
 * before weak, then longer spans first (成渝地区双城经济圈 over 成渝地区), then by signal.
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

/**
 * A span that can be a node at all: not a stop word, a single character (芯, 网) or a quantity (a quoted
 * numeral slogan in digits is no quantity: “1361”), and storable —
 * a quoted “toString” is a program identifier, never a policy entity, and graphology cannot hold it.
 */
function isCandidateName(found: Mention, lexicon: Lexicon): boolean {
  const form = displayForm(found.surface);
  return isStorableKey(form) && (!isJunkName(form, lexicon) || isQuotedNumeralCode(found.surface));
}

/** A sentence with its tokens and its mentions: every candidate before the scorer, the chosen ones after. */
export interface SentenceMentions {
  analysis: AnalyzedSentence;
  mentions: Mention[];
}

/** Every signal's candidates, sentence by sentence: the part of extraction that needs no other sentence (and runs in workers). */
export function extractCandidates(sentences: Sentence[], lexicon: Lexicon, segmenter: Segmenter): SentenceMentions[] {
  const signals = extractors(lexicon);
  return sentences.map((sentence) => {
    const analysis = analyzeSentence(sentence, segmenter);
    return { analysis, mentions: signals.flatMap((signal) => signal(analysis)).filter((found) => isCandidateName(found, lexicon)) };
  });
}

/** Candidates, then the scorer's best reading of each sentence, with the corpus `sentences` as context. */
export function extractMentions(sentences: Sentence[], lexicon: Lexicon, segmenter: Segmenter, model: ScorerModel = loadModel()): SentenceMentions[] {
  return selectMentions(
    extractCandidates(sentences, lexicon, segmenter).map((sentence) => scoreSentence(sentence, lexicon, model)),
    model,
  );
}
