import type { Entity, Relation } from '../core/types.js';

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
  const evidence = new Map<string, { source: string; target: string; sentences: string[] }>();
  for (const [sentence, ids] of entitiesBySentence) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const source = sorted[i] ?? '';
        const target = sorted[j] ?? '';
        const key = `${source}\u0000${target}`;
        const pair = evidence.get(key) ?? { source, target, sentences: [] };
        pair.sentences.push(sentence);
        evidence.set(key, pair);
      }
    }
  }
  return [...evidence.values()].map(({ source, target, sentences }) => ({ kind: 'cooccurs', source, target, evidence: sortSentenceIds(sentences) }));
}

/** Sentence ids in document order: by document id, then by sentence number. */
export function sortSentenceIds(ids: Iterable<string>): string[] {
  // Each id is parsed once, not at every comparison: entities of a large corpus have thousands of sentences.
  const keyed = [...new Set(ids)].map((id) => {
    const cut = id.lastIndexOf('#');
    return { id, doc: id.slice(0, cut), index: Number(id.slice(cut + 1)) };
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
