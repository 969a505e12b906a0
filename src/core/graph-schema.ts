/**
 * The graph file (graph/graph.json) is graphology's serialization of a mixed, simple graph:
 * co-occurrence edges are undirected, typed relations (expands_to, instance_of, …) are directed,
 * so a pair can carry one of each. Everything a viewer needs (sentence texts, document metadata)
 * travels in the graph attributes, so the file is self-contained.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';
import { DOCUMENT_FORMATS, ENTITY_TYPES, RELATION_KINDS, type DocumentMeta, type EntityType, type RelationKind } from './types.js';

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

/**
 * graphology keeps each node's neighbours in a plain object, so a node named after an
 * Object.prototype member (toString, constructor, __proto__) collides with it: edges to it are
 * refused or lost.
 */
export function isStorableKey(key: string): boolean {
  // Every member of Object.prototype is named in ASCII: a key that starts otherwise (a Han name) needs no lookup.
  return key.charCodeAt(0) >= 0x80 || !(key in Object.prototype);
}

const text = z.string();
const count = z.int().nonnegative();

/** The graph file's schema (README: The graph file). Objects are loose: attributes added later (a place's adcode) pass. */
const nodeAttributesSchema = z.looseObject({
  label: text,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(text),
  mentions: count,
  docs: z.array(text),
  sentences: z.array(text),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: text,
  community: z.int(),
  adcode: text.optional(),
});

const edgeAttributesSchema = z.looseObject({
  kind: z.enum(RELATION_KINDS),
  weight: count,
  npmi: z.number().min(-1).max(1),
  evidence: z.array(text),
});

const documentSchema = z.looseObject({
  id: text,
  file: text,
  format: z.enum(DOCUMENT_FORMATS).optional(),
  title: text,
  date: text.optional(),
  issuer: text.optional(),
  kind: text.optional(),
  source: text.optional(),
  number: text.optional(),
});

const graphFileSchema = z.looseObject({
  attributes: z.looseObject({
    name: text,
    formatVersion: z.literal(GRAPH_FORMAT_VERSION, { error: (issue) => `format version ${String(issue.input)}, expected ${GRAPH_FORMAT_VERSION}` }),
    documents: z.array(documentSchema),
    sentences: z.record(text, z.looseObject({ doc: text, start: count, end: count, text })),
  }),
  nodes: z.array(z.looseObject({ key: text.refine(isStorableKey, 'named like a JavaScript object member, which graphology cannot store'), attributes: nodeAttributesSchema })),
  edges: z.array(z.looseObject({ key: text.optional(), source: text, target: text, undirected: z.boolean().optional(), attributes: edgeAttributesSchema })),
});

/** Where a schema issue lies, in the file's own terms: `node "两江四岸", field aliases`, `graph attribute documents[0].title`. */
function place(data: unknown, path: readonly PropertyKey[]): string {
  const [part, index, ...rest] = path;
  const field = (parts: readonly PropertyKey[]) => parts.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  if ((part === 'nodes' || part === 'edges') && typeof index === 'number') {
    const item = (data as Record<string, unknown[]>)[part]?.[index] as { key?: unknown; source?: unknown; target?: unknown } | undefined;
    const name = part === 'nodes'
      ? `node ${typeof item?.key === 'string' ? JSON.stringify(item.key) : `#${index}`}`
      : `edge ${typeof item?.key === 'string' ? JSON.stringify(item.key) : `#${index}`}${typeof item?.source === 'string' && typeof item.target === 'string' ? ` (${item.source} → ${item.target})` : ''}`;
    const inside = rest[0] === 'attributes' ? rest.slice(1) : rest;
    return inside.length === 0 ? name : `${name}, field ${field(inside)}`;
  }
  if (part === 'attributes') return path.length === 1 ? 'graph attributes' : `graph attribute ${field(path.slice(1))}`;
  return path.length === 0 ? 'the file' : field(path);
}

/**
 * Turns parsed JSON into a graph, checking it against the graph file's schema, so that a corrupt
 * or foreign file fails here with a message naming the node (or edge, or attribute) and the field,
 * instead of deep inside a view. Throws GraphFormatError.
 */
export function parseGraph(data: unknown): YuGraph {
  const result = graphFileSchema.safeParse(data);
  if (!result.success) {
    // A file of another format version fails on many fields: its version is the one to name.
    const { issues } = result.error;
    const issue = issues.find((found) => found.path.at(-1) === 'formatVersion') ?? issues[0];
    if (issue === undefined) throw new GraphFormatError('not a yugraph graph');
    if (issue.path.length === 0 && issue.code === 'invalid_type') throw new GraphFormatError('not a graphology serialization (attributes, nodes, edges)');
    const message = issue.code === 'custom' || issue.path.at(-1) === 'formatVersion' ? issue.message : issue.message.replace(/^Invalid input: /, '');
    throw new GraphFormatError(`${place(data, issue.path)}: ${message}`);
  }
  const graph = createGraph();
  try {
    graph.import(data as SerializedYuGraph);
  } catch (error) {
    throw new GraphFormatError(`graphology rejected the graph: ${(error as Error).message}`);
  }
  return graph;
}

/**
 * The graph file's text → a graph, for the CLI and the explorer alike: a leading byte-order mark
 * (Windows editors write one) is dropped, as browsers' response.text() does. Throws GraphFormatError.
 */
export function parseGraphText(fileText: string): YuGraph {
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new GraphFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  return parseGraph(data);
}
