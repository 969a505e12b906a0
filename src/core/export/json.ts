import type { SerializedYuGraph, YuGraph } from '../graph-schema.js';

/** graphology's serialization: the same format as graph/graph.json, readable by parseGraph. */
export function toJson(graph: YuGraph): SerializedYuGraph {
  return graph.export();
}
