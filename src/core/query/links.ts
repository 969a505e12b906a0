/**
 * What ties one entity to another: in the mixed graph a pair can carry a co-occurrence edge and
 * typed relations at once, so neighbours and paths work on "links" (all edges between a pair)
 * rather than on single edges.
 */
import type { YuGraph } from '../graph-schema.js';
import { RELATION_KINDS, type RelationKind } from '../types.js';

export interface Evidence {
  doc: string;
  /** Sentence id, `${doc}#${index}`. */
  sentence: string;
  text: string;
}

export interface LinkEdge {
  key: string;
  kind: RelationKind;
  /** For typed relations the direction matters: source → target. */
  source: string;
  target: string;
  weight: number;
}

export interface Link {
  edges: LinkEdge[];
  /** Distinct supporting sentences of all the edges (typed relations usually repeat co-occurrence sentences). */
  weight: number;
  /** Supporting sentence ids, distinct, in document order. */
  sentences: string[];
}

export interface LinkFilter {
  /** Only edges of these kinds (all when absent or empty). */
  relations?: readonly RelationKind[] | undefined;
  /** Only edges whose own weight reaches this. */
  minWeight?: number | undefined;
}

function sentenceIndex(id: string): [string, number] {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? [id, 0] : [id.slice(0, hash), Number(id.slice(hash + 1))];
}

/** Document order: by document id, then by the sentence's index as a number (so #9 < #10). */
export function compareSentenceIds(a: string, b: string): number {
  const [docA, indexA] = sentenceIndex(a);
  const [docB, indexB] = sentenceIndex(b);
  if (docA !== docB) return docA < docB ? -1 : 1;
  return indexA - indexB;
}

/** Code-unit order: deterministic whatever the locale (ICU builds differ in CJK collation). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Links from `node` to each neighbour, keyed by neighbour id. */
export function linksOf(graph: YuGraph, node: string, filter: LinkFilter = {}): Map<string, Link> {
  const relations = filter.relations?.length ? new Set(filter.relations) : null;
  const minWeight = filter.minWeight ?? 0;
  const pending = new Map<string, { edges: LinkEdge[]; sentences: Set<string> }>();
  graph.forEachEdge(node, (key, attributes, source, target) => {
    if (relations && !relations.has(attributes.kind)) return;
    if (attributes.weight < minWeight) return;
    const other = source === node ? target : source;
    let entry = pending.get(other);
    if (!entry) {
      entry = { edges: [], sentences: new Set() };
      pending.set(other, entry);
    }
    entry.edges.push({ key, kind: attributes.kind, source, target, weight: attributes.weight });
    for (const sentence of attributes.evidence) entry.sentences.add(sentence);
  });
  const links = new Map<string, Link>();
  for (const [other, { edges, sentences }] of pending) {
    edges.sort((a, b) => RELATION_KINDS.indexOf(a.kind) - RELATION_KINDS.indexOf(b.kind));
    // A relation stated without sentence ids still counts with its own weight.
    const weight = Math.max(sentences.size, ...edges.map((edge) => edge.weight));
    links.set(other, { edges, weight, sentences: [...sentences].sort(compareSentenceIds) });
  }
  return links;
}

/** The distinct relation kinds of a link, in RELATION_KINDS order. */
export function linkKinds(link: Link): RelationKind[] {
  return [...new Set(link.edges.map((edge) => edge.kind))];
}

/** Sentence texts for sentence ids; ids the graph does not record are skipped. */
export function evidenceOf(graph: YuGraph, sentenceIds: readonly string[]): Evidence[] {
  const records = graph.getAttribute('sentences');
  const evidence: Evidence[] = [];
  for (const id of sentenceIds) {
    const record = records[id];
    if (record) evidence.push({ doc: record.doc, sentence: id, text: record.text });
  }
  return evidence;
}

export class UnknownEntityError extends Error {
  override name = 'UnknownEntityError';
  constructor(readonly id: string) {
    super(`no entity with id "${id}" in the graph`);
  }
}

export function assertEntity(graph: YuGraph, id: string): void {
  if (!graph.hasNode(id)) throw new UnknownEntityError(id);
}
