import type { Entity, Relation } from '../core/types.js';
import { parseSentenceId } from '../core/sentence-id.js';

/** Entities named in one sentence are linked; every link keeps the sentences that support it. */
export function cooccurrences(entities: Entity[]): Relation[] {
  const entitiesBySentence = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const found of entity.mentions) {
      const set = entitiesBySentence.get(found.sentence) ?? new Set<string>();
      set.add(entity.id);
      entitiesBySentence.set(found.sentence, set);
    }
  }
  // Pairs are found by source, then target (no key string per pair and sentence) and listed in the order first seen.
  const bySource = new Map<string, Map<string, { source: string; target: string; sentences: string[] }>>();
  const pairs: { source: string; target: string; sentences: string[] }[] = [];
  for (const [sentence, ids] of entitiesBySentence) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      const source = sorted[i] ?? '';
      const byTarget = bySource.get(source) ?? new Map<string, { source: string; target: string; sentences: string[] }>();
      bySource.set(source, byTarget);
      for (let j = i + 1; j < sorted.length; j++) {
        const target = sorted[j] ?? '';
        let pair = byTarget.get(target);
        if (!pair) {
          pair = { source, target, sentences: [] };
          byTarget.set(target, pair);
          pairs.push(pair);
        }
        pair.sentences.push(sentence);
      }
    }
  }
  return pairs.map(({ source, target, sentences }) => ({ kind: 'cooccurs', source, target, evidence: sortSentenceIds(sentences) }));
}

/** Sentence ids in document order: by document id, then by sentence number. */
export function sortSentenceIds(ids: Iterable<string>): string[] {
  // Each id is parsed once, not at every comparison: entities of a large corpus have thousands of sentences.
  const keyed = [...new Set(ids)].map((id) => {
    return { id, ...parseSentenceId(id) };
  });
  keyed.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.index - b.index));
  return keyed.map(({ id }) => id);
}

/**
 * Normalized pointwise mutual information of a pair over sentences: 1 when the two always occur
 * together, 0 when independent, negative when they avoid each other.
 */
export function npmi(pairCount: number, countA: number, countB: number, sentenceCount: number): number {
  const pXY = pairCount / sentenceCount;
  if (pXY >= 1) return 1;
  const value = Math.log(pXY / ((countA / sentenceCount) * (countB / sentenceCount))) / -Math.log(pXY);
  return Math.round(value * 10000) / 10000;
}
