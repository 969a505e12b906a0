import { createGraph, type SentenceRecord, type YuGraph } from '../graph-schema.js';
import type { EntityType } from '../types.js';

export interface ExportFilter {
  /** Keep only entities of these types (all when absent or empty). */
  types?: readonly EntityType[] | undefined;
  /** Keep only edges whose weight reaches this; entities stay even if left without edges. */
  minWeight?: number | undefined;
}

/**
 * The graph restricted by the filter (the graph itself when the filter keeps everything).
 * Sentence records no remaining entity or edge refers to are dropped, so the result stays a
 * self-contained graph file.
 */
export function filterGraph(graph: YuGraph, filter: ExportFilter): YuGraph {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const minWeight = filter.minWeight ?? 0;
  if (!types && minWeight <= 0) return graph;
  const all = graph.getAttribute('sentences');
  const kept: Record<string, SentenceRecord> = {};
  const keep = (ids: readonly string[]) => {
    for (const id of ids) {
      const record = all[id];
      if (record) kept[id] = record;
    }
  };
  const filtered = createGraph();
  graph.forEachNode((node, attributes) => {
    if (types && !types.has(attributes.type)) return;
    filtered.addNode(node, { ...attributes });
    keep(attributes.sentences);
  });
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    if (attributes.weight < minWeight || !filtered.hasNode(source) || !filtered.hasNode(target)) return;
    if (undirected) filtered.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else filtered.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
    keep(attributes.evidence);
  });
  filtered.replaceAttributes({ ...graph.getAttributes(), sentences: kept });
  return filtered;
}
