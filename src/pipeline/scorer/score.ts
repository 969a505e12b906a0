import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceMentions } from '../mentions/index.js';
import { SOURCE_RANK } from '../mentions/span.js';
import { candidateFeatures, type Candidate, type CorpusCounts } from './features.js';
import { groupProbabilities, type ScorerModel } from './model.js';
import { bestReading } from './select.js';
import { isNameShaped } from './shape.js';


/** The candidates of one sentence, one per span, each with every signal that proposed it. */
export function groupBySpan(mentions: readonly Mention[]): Candidate[] {
  const bySpan = new Map<string, Mention[]>();
  for (const found of mentions) {
    const key = `${found.start}:${found.end}`;
    const list = bySpan.get(key);
    if (list) list.push(found);
    else bySpan.set(key, [found]);
  }
  return [...bySpan.values()].map((list) => {
    const ranked = [...list].sort((a, b) => Number(a.weak ?? false) - Number(b.weak ?? false) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
    const best = ranked[0] as Mention;
    const sameAs = [...new Set(list.flatMap((found) => found.sameAs ?? []))];
    const strong = list.some((found) => !found.weak);
    const merged: Mention = { ...best, ...(sameAs.length > 0 ? { sameAs } : {}) };
    if (strong) delete merged.weak;
    return { mention: merged, sources: [...new Set(list.map((found) => (found.weak ? `${found.source}~` : found.source)))].sort() };
  });
}

/** How many sentences of the corpus propose each folded surface. */
export function corpusCounts(sentences: readonly SentenceMentions[]): CorpusCounts {
  const proposed = new Map<string, number>();
  for (const { mentions } of sentences) {
    for (const key of new Set(mentions.map((found) => foldText(found.surface)))) proposed.set(key, (proposed.get(key) ?? 0) + 1);
  }
  return { proposed };
}

/**
 * The scorer's stage: every sentence's candidates are scored and its best reading kept. Returns the
 * sentences with only the chosen mentions, in text order and no longer weak.
 */
export function selectMentions(sentences: readonly SentenceMentions[], lexicon: Lexicon, model: ScorerModel): SentenceMentions[] {
  const counts = corpusCounts(sentences);
  return sentences.map(({ analysis, mentions }) => {
    const candidates = groupBySpan(mentions).filter((candidate) => isNameShaped(candidate, analysis, lexicon));
    const probabilities = scoreCandidates(candidates.map((candidate) => ({ end: candidate.mention.end, features: candidateFeatures(candidate, analysis, counts, lexicon) })), model);
    const scored = candidates.map((candidate, index) => ({
      start: candidate.mention.start,
      end: candidate.mention.end,
      probability: isCertain(candidate) ? 1 : (probabilities[index] ?? 0),
      mention: candidate.mention,
    }));
    const chosen = bestReading(scored, model.threshold).map(({ mention }) => {
      const kept: Mention = { ...mention };
      delete kept.weak;
      return kept;
    });
    return { analysis, mentions: chosen };
  });
}

/** An administrative unit written in full, with its suffix: 大渡口区, 达州市, 四川省, 石柱土家族自治县. */
const FULL_UNIT = /^[\u4e00-\u9fff]{2,}(?:省|市|区|县|自治州|州|盟|旗)$/;

/**
 * Candidates whose signal fixes both edges and the kind beyond doubt, so no feature outweighs it:
 * 《》 delimit a document's, plan's or law's name whatever it says, and the gazetteer's full name
 * of an administrative unit (not a short form, which may be a word) is that unit wherever it stands.
 */
function isCertain(candidate: Candidate): boolean {
  const { sources, mention } = candidate;
  return sources.includes('title') || (sources.includes('gazetteer') && FULL_UNIT.test(mention.surface));
}

/** Each candidate's probability within its group (the candidates of a sentence that end where it ends), in input order. */
export function scoreCandidates(candidates: readonly { end: number; features: readonly string[] }[], model: ScorerModel): number[] {
  const groups = new Map<number, number[]>();
  candidates.forEach((candidate, index) => {
    const group = groups.get(candidate.end);
    if (group) group.push(index);
    else groups.set(candidate.end, [index]);
  });
  const probabilities = new Array<number>(candidates.length).fill(0);
  for (const members of groups.values()) {
    const inGroup = groupProbabilities(model, members.map((index) => candidates[index]?.features ?? []));
    members.forEach((index, position) => {
      probabilities[index] = inGroup[position] ?? 0;
    });
  }
  return probabilities;
}
