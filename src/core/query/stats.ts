import type { YuGraph } from '../graph-schema.js';
import { DOCUMENT_FORMATS, ENTITY_TYPES, RELATION_KINDS, type DocumentFormat, type EntityType, type RelationKind } from '../types.js';
import { compareText } from './links.js';

export interface TopEntry {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** Number of documents that mention it. */
  documents: number;
  /** Distinct neighbours, whatever the relation. */
  degree: number;
}

/** The most mentioned entities (of one type, if given); ties by degree, then label. */
export function top(graph: YuGraph, type?: EntityType, limit = 10): TopEntry[] {
  const entries: TopEntry[] = [];
  graph.forEachNode((id, attributes) => {
    if (type !== undefined && attributes.type !== type) return;
    entries.push({
      id,
      label: attributes.label,
      type: attributes.type,
      mentions: attributes.mentions,
      documents: attributes.docs.length,
      degree: graph.neighbors(id).length,
    });
  });
  entries.sort((a, b) => b.mentions - a.mentions || b.degree - a.degree || compareText(a.label, b.label));
  return entries.slice(0, Math.max(0, limit));
}

export interface GraphStats {
  name: string;
  entities: number;
  edges: number;
  byType: Record<EntityType, number>;
  byRelation: Record<RelationKind, number>;
  documents: number;
  /** Documents by the format they were read from (txt, md, html, docx, pdf), in that order; formats without documents are left out. */
  byFormat: Partial<Record<DocumentFormat, number>>;
  sentences: number;
  /** Pairs of entities linked by any edge. */
  linkedPairs: number;
  /** linkedPairs over all possible pairs. */
  density: number;
  /** Mean number of distinct neighbours. */
  averageDegree: number;
  /** Connected components, ignoring edge direction. */
  components: number;
  largestComponent: number;
  /** Entities without any edge. */
  isolated: number;
}

export function stats(graph: YuGraph): GraphStats {
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  const byRelation = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, 0])) as Record<RelationKind, number>;
  let degreeSum = 0;
  let isolated = 0;
  graph.forEachNode((id, attributes) => {
    byType[attributes.type]++;
    const degree = graph.neighbors(id).length;
    degreeSum += degree;
    if (degree === 0) isolated++;
  });
  graph.forEachEdge((_key, attributes) => {
    byRelation[attributes.kind]++;
  });

  const seen = new Set<string>();
  let components = 0;
  let largestComponent = 0;
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    components++;
    seen.add(start);
    const stack = [start];
    let size = 0;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      size++;
      graph.forEachNeighbor(node, (neighbor) => {
        if (!seen.has(neighbor)) {
          seen.add(neighbor);
          stack.push(neighbor);
        }
      });
    }
    largestComponent = Math.max(largestComponent, size);
  });

  const n = graph.order;
  const linkedPairs = degreeSum / 2;
  const attributes = graph.getAttributes();
  const byFormat: Partial<Record<DocumentFormat, number>> = {};
  for (const format of DOCUMENT_FORMATS) {
    const count = attributes.documents.filter((document) => document.format === format).length;
    if (count > 0) byFormat[format] = count;
  }
  return {
    name: attributes.name,
    entities: n,
    edges: graph.size,
    byType,
    byRelation,
    documents: attributes.documents.length,
    byFormat,
    sentences: Object.keys(attributes.sentences).length,
    linkedPairs,
    density: n < 2 ? 0 : linkedPairs / ((n * (n - 1)) / 2),
    averageDegree: n === 0 ? 0 : degreeSum / n,
    components,
    largestComponent,
    isolated,
  };
}
