/**
 * Filters → the sets of visible nodes and edges, computed once per filter change. The reducers,
 * the panel, the legend counts and the GEXF export all read these sets, so they always agree.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { findPaths } from './path-tool.js';
import type { ViewState } from './state.js';

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export type Filters = Pick<ViewState, 'node' | 'other' | 'types' | 'relations' | 'minWeight' | 'docs' | 'ego' | 'path' | 'hideIsolated'>;

export function computeVisibility(graph: YuGraph, filters: Filters): Visibility {
  const { docs } = filters;
  const sentences = graph.getAttribute('sentences');
  // The selection stays on screen whatever the filters say: hiding what the panel describes would only confuse.
  const pinned = new Set([filters.node, filters.other, filters.path?.to ?? null].filter((key): key is string => key !== null && graph.hasNode(key)));
  // So is the path the path tool found, whichever filters its edges would fail.
  const pathEdges = new Set<string>();
  for (const result of findPaths(graph, filters.node, filters.path) ?? []) {
    for (const entry of result.nodes) pinned.add(entry.id);
    for (const step of result.steps) for (const edge of step.edges) pathEdges.add(edge.key);
  }

  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const fromDocs = docs === null || attributes.docs.some((doc) => docs.has(doc));
    if (pinned.has(node) || (filters.types.has(attributes.type) && fromDocs)) nodes.add(node);
  });

  let edges = new Set<string>(pathEdges);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || !filters.relations.has(attributes.kind)) return;
    // Typed relations are rare and stated outright, so the co-occurrence threshold does not apply to them.
    if (attributes.kind === 'cooccurs' && attributes.weight < filters.minWeight) return;
    if (docs !== null && !attributes.evidence.some((id) => {
      const sentence = sentences[id];
      return sentence !== undefined && docs.has(sentence.doc);
    })) return;
    edges.add(edge);
  });

  let visibleNodes: Set<string> = nodes;
  if (filters.ego > 0 && filters.node !== null && pinned.has(filters.node)) {
    visibleNodes = neighbourhood(graph, filters.node, filters.ego, edges);
    for (const node of pinned) visibleNodes.add(node);
    edges = new Set([...edges].filter((edge) => visibleNodes.has(graph.source(edge)) && visibleNodes.has(graph.target(edge))));
  }
  if (filters.hideIsolated) {
    const connected = new Set(pinned);
    for (const edge of edges) {
      connected.add(graph.source(edge));
      connected.add(graph.target(edge));
    }
    visibleNodes = new Set([...visibleNodes].filter((node) => connected.has(node)));
  }
  return { nodes: visibleNodes, edges };
}

/** Breadth-first search from `start` over the given edges only. */
function neighbourhood(graph: YuGraph, start: string, depth: number, edges: ReadonlySet<string>): Set<string> {
  const reached = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}
