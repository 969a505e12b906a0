import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import Graph from 'graphology';
import type { YuGraph } from '../core/graph-schema.js';

/**
 * Positions and communities, computed once at build time so the explorer opens laid out.
 * Everything is seeded: the same graph gets the same layout, byte for byte.
 */

/** mulberry32: a small seeded generator, enough for initial positions and Louvain's tie-breaking. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20201211;
/**
 * Barnes–Hut pays off from a few hundred nodes (the seed graph's ~600 lay out in 0.6 s instead of
 * 1.0 s); below that the exact forces are cheap and stable.
 */
const BARNES_HUT_FROM = 500;

/** Fewer iterations as graphs grow, so layout cost stays near linear in edges. */
export function layoutIterations(order: number): number {
  return Math.max(50, Math.min(200, Math.round(100000 / Math.max(order, 1))));
}

const round = (value: number) => Math.round(value * 100) / 100;

export function layoutGraph(graph: YuGraph): void {
  const random = seededRandom(SEED);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: (random() - 0.5) * 1000, y: (random() - 0.5) * 1000 }));
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order >= BARNES_HUT_FROM, adjustSizes: false };
    forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order), settings, getEdgeWeight: 'weight' });
    // A margin of a few units spreads the tight clusters a program's projects form (两江四岸's), so that
    // framing the selection leaves room for their labels; 2 left them stacked.
    noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.2, margin: 6 } });
  }
  graph.forEachNode((node, attributes) => graph.mergeNodeAttributes(node, { x: round(attributes.x), y: round(attributes.y) }));
  assignCommunities(graph);
}

/** Louvain over co-occurrence only, numbered by decreasing community size so colours are stable. */
function assignCommunities(graph: YuGraph): void {
  const cooccurrence = new Graph({ type: 'undirected' });
  graph.forEachNode((node) => cooccurrence.addNode(node));
  graph.forEachUndirectedEdge((_edge, attributes, source, target) => cooccurrence.addEdge(source, target, { weight: attributes.weight }));
  const communities = louvain(cooccurrence, { rng: seededRandom(SEED), getEdgeWeight: 'weight' });
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(order.map((community, index) => [community, index]));
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', rank.get(communities[node] ?? -1) ?? 0));
}
