/**
 * The graph file (graph/graph.json) is graphology's serialization of a mixed, simple graph:
 * co-occurrence edges are undirected, typed relations (expands_to, instance_of, …) are directed,
 * so a pair can carry one of each. Everything a viewer needs (sentence texts, document metadata)
 * travels in the graph attributes, so the file is self-contained.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { ENTITY_TYPES, RELATION_KINDS, type DocumentMeta, type EntityType, type RelationKind } from './types.js';

export const GRAPH_FORMAT_VERSION = 1;

export interface NodeAttributes {
  label: string;
  type: EntityType;
  /** A Chinese administrative unit's GB/T 2260 code, six digits (500231 垫江县); only on places the gazetteer resolved. */
  adcode?: string;
  aliases: string[];
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Ids of the documents that mention the entity, sorted. */
  docs: string[];
  /**
   * Mentions per document, keyed by document id in the order of `docs`. Absent in graphs built
   * before it existed; the comparison and timeline need it.
   */
  mentionsByDoc?: Record<string, number>;
  /** Ids of the sentences that mention the entity, in document order. */
  sentences: string[];
  x: number;
  y: number;
  size: number;
  /** `rgb(r,g,b)` from the entity type. */
  color: string;
  /** Louvain community of the co-occurrence graph, numbered by decreasing size. */
  community: number;
}

export interface EdgeAttributes {
  kind: RelationKind;
  /** Number of distinct supporting sentences. */
  weight: number;
  /** Normalized pointwise mutual information of the pair over sentences, in [-1, 1]; 0 for typed relations. */
  npmi: number;
  /** Supporting sentence ids, sorted. */
  evidence: string[];
}

export interface SentenceRecord {
  doc: string;
  /** Raw-file offsets of the sentence as the document wrote it. */
  start: number;
  end: number;
  /** Clean text, as shown to users. */
  text: string;
}

export interface GraphAttributes {
  name: string;
  formatVersion: number;
  documents: DocumentMeta[];
  /** Every sentence that mentions at least one entity, keyed by sentence id. */
  sentences: Record<string, SentenceRecord>;
}

export type YuGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedYuGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GRAPH_OPTIONS = { type: 'mixed', multi: false, allowSelfLoops: false } as const;

export function createGraph(): YuGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
}

export function cooccurrenceKey(a: string, b: string): string {
  return a < b ? `cooccurs:${a}|${b}` : `cooccurs:${b}|${a}`;
}

export function typedRelationKey(kind: RelationKind, source: string, target: string): string {
  return `${kind}:${source}>${target}`;
}

export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const entityTypes: ReadonlySet<string> = new Set(ENTITY_TYPES);
const relationKinds: ReadonlySet<string> = new Set(RELATION_KINDS);

/**
 * graphology keeps each node's neighbours in a plain object, so a node named after an
 * Object.prototype member (toString, constructor, __proto__) collides with it: edges to it are
 * refused or lost.
 */
export function isStorableKey(key: string): boolean {
  return !(key in Object.prototype);
}

/**
 * Turns parsed JSON into a graph, checking the parts every consumer relies on, so that a corrupt
 * or foreign file fails here with a message instead of deep inside a view.
 */
export function parseGraph(data: unknown): YuGraph {
  if (!isRecord(data)) throw new GraphFormatError('not a JSON object');
  const { attributes, nodes, edges } = data;
  if (!isRecord(attributes) || !Array.isArray(nodes) || !Array.isArray(edges)) {
    throw new GraphFormatError('not a graphology serialization (attributes, nodes, edges)');
  }
  if (attributes.formatVersion !== GRAPH_FORMAT_VERSION) {
    throw new GraphFormatError(`format version ${String(attributes.formatVersion)}, expected ${GRAPH_FORMAT_VERSION}`);
  }
  if (!Array.isArray(attributes.documents) || !isRecord(attributes.sentences)) {
    throw new GraphFormatError('graph attributes lack documents or sentences');
  }
  for (const node of nodes as unknown[]) {
    if (!isRecord(node) || typeof node.key !== 'string' || !isRecord(node.attributes)) {
      throw new GraphFormatError('a node has no key or attributes');
    }
    const type = node.attributes.type;
    if (typeof node.attributes.label !== 'string' || typeof type !== 'string' || !entityTypes.has(type)) {
      throw new GraphFormatError(`node ${node.key} has no label or an unknown type`);
    }
    if (!isStorableKey(node.key)) throw new GraphFormatError(`node ${node.key} is named like a JavaScript object member, which graphology cannot store`);
  }
  for (const edge of edges as unknown[]) {
    if (!isRecord(edge) || !isRecord(edge.attributes) || typeof edge.attributes.kind !== 'string' || !relationKinds.has(edge.attributes.kind)) {
      throw new GraphFormatError('an edge has no attributes or an unknown kind');
    }
  }
  const graph = createGraph();
  try {
    graph.import(data as unknown as SerializedYuGraph);
  } catch (error) {
    throw new GraphFormatError(`graphology rejected the graph: ${(error as Error).message}`);
  }
  return graph;
}
