import { cooccurrenceKey, createGraph, GRAPH_FORMAT_VERSION, typedRelationKey, type SentenceRecord, type YuGraph } from '../core/graph-schema.js';
import { TYPE_COLORS } from '../core/palette.js';
import type { DocumentMeta, Entity, Relation, Sentence } from '../core/types.js';
import { npmi, sortSentenceIds } from './relations.js';
import { documentOf } from '../core/sentence-id.js';

export interface AssembleInput {
  name: string;
  documents: DocumentMeta[];
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  /** Place entity id → its GB/T 2260 adcode (six digits), for the places the gazetteer resolved. */
  adcodes?: ReadonlyMap<string, string>;
}

/** Node size grows with the square root of mentions, so hubs stand out without hiding the rest. */
function nodeSize(mentions: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(mentions)) * 100) / 100;
}

function mentionsByDoc(entity: Entity): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of entity.docs) counts[doc] = 0;
  for (const mention of entity.mentions) {
    const doc = documentOf(mention.sentence);
    counts[doc] = (counts[doc] ?? 0) + 1;
  }
  return counts;
}

/**
 * Entities and relations → the graph file's graph. Nodes and edges are inserted in sorted order
 * and only evidence sentences are stored, so the same corpus serializes to the same bytes.
 */
export function assembleGraph(input: AssembleInput): YuGraph {
  const graph = createGraph();
  const sentenceIds = new Set<string>();
  const entitySentenceCount = new Map<string, number>();
  for (const entity of input.entities) {
    const sentences = sortSentenceIds(entity.mentions.map((found) => found.sentence));
    entitySentenceCount.set(entity.id, sentences.length);
    for (const id of sentences) sentenceIds.add(id);
    const adcode = input.adcodes?.get(entity.id);
    graph.addNode(entity.id, {
      label: entity.label,
      type: entity.type,
      ...(adcode === undefined ? {} : { adcode }),
      aliases: entity.aliases,
      mentions: entity.mentions.length,
      docs: entity.docs,
      mentionsByDoc: mentionsByDoc(entity),
      sentences,
      x: 0,
      y: 0,
      size: nodeSize(entity.mentions.length),
      color: TYPE_COLORS[entity.type],
      community: 0,
    });
  }
  const sentenceCount = input.sentences.length;
  const relations = [...input.relations].sort((a, b) => {
    const keyA = a.kind === 'cooccurs' ? cooccurrenceKey(a.source, a.target) : typedRelationKey(a.kind, a.source, a.target);
    const keyB = b.kind === 'cooccurs' ? cooccurrenceKey(b.source, b.target) : typedRelationKey(b.kind, b.source, b.target);
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
  for (const relation of relations) {
    const { kind, source, target, evidence } = relation;
    for (const id of evidence) sentenceIds.add(id);
    if (kind === 'cooccurs') {
      const score = npmi(evidence.length, entitySentenceCount.get(source) ?? 1, entitySentenceCount.get(target) ?? 1, sentenceCount);
      graph.addUndirectedEdgeWithKey(cooccurrenceKey(source, target), source, target, { kind, weight: evidence.length, npmi: score, evidence });
    } else if (!graph.hasDirectedEdge(source, target)) {
      graph.addDirectedEdgeWithKey(typedRelationKey(kind, source, target), source, target, { kind, weight: evidence.length, npmi: 0, evidence });
    }
  }
  const records: Record<string, SentenceRecord> = {};
  for (const sentence of input.sentences) {
    if (sentenceIds.has(sentence.id)) records[sentence.id] = { doc: sentence.doc, start: sentence.start, end: sentence.end, text: sentence.text };
  }
  graph.replaceAttributes({ name: input.name, formatVersion: GRAPH_FORMAT_VERSION, documents: input.documents, sentences: records });
  return graph;
}
