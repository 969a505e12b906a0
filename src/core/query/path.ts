import type { YuGraph } from '../graph-schema.js';
import type { EntityType, RelationKind } from '../types.js';
import { assertEntity, compareText, evidenceOf, linkKinds, linksOf, type Evidence, type Link, type LinkEdge } from './links.js';

export interface PathNode {
  id: string;
  label: string;
  type: EntityType;
}

export interface PathStep {
  from: string;
  to: string;
  weight: number;
  via: RelationKind[];
  edges: LinkEdge[];
  evidence: Evidence[];
}

export interface PathResult {
  nodes: PathNode[];
  steps: PathStep[];
  /** Sum of the steps' weights. */
  totalWeight: number;
}

interface Best {
  total: number;
  previous?: { id: string; link: Link };
}

/**
 * The shortest path from `a` to `b` ignoring edge direction; among shortest paths, the one with
 * the most total evidence (sum of link weights), ties broken by the earlier predecessor label.
 * null when no path exists. a === b gives a path of one node and no steps.
 */
export function path(graph: YuGraph, a: string, b: string): PathResult | null {
  assertEntity(graph, a);
  assertEntity(graph, b);
  // Breadth-first by rings: every node of a ring is final before the next ring is expanded,
  // so the best total of a node is known when its own links are followed.
  const best = new Map<string, Best>([[a, { total: 0 }]]);
  let ring = [a];
  while (ring.length > 0 && !best.has(b)) {
    const next = new Map<string, Best>();
    for (const from of ring) {
      const total = best.get(from)?.total ?? 0;
      for (const [to, link] of linksOf(graph, from)) {
        if (best.has(to)) continue;
        const candidate: Best = { total: total + link.weight, previous: { id: from, link } };
        const current = next.get(to);
        if (!current || better(graph, candidate, current)) next.set(to, candidate);
      }
    }
    for (const [id, value] of next) best.set(id, value);
    ring = [...next.keys()];
  }
  const end = best.get(b);
  if (!end) return null;

  const steps: PathStep[] = [];
  const ids = [b];
  for (let at = b, entry: Best | undefined = end; entry?.previous; at = entry.previous.id, entry = best.get(at)) {
    const { id: from, link } = entry.previous;
    steps.push({ from, to: at, weight: link.weight, via: linkKinds(link), edges: link.edges, evidence: evidenceOf(graph, link.sentences) });
    ids.push(from);
  }
  steps.reverse();
  ids.reverse();
  return {
    nodes: ids.map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), type: graph.getNodeAttribute(id, 'type') })),
    steps,
    totalWeight: end.total,
  };
}

function better(graph: YuGraph, a: Best, b: Best): boolean {
  if (a.total !== b.total) return a.total > b.total;
  const labelOf = (entry: Best) => (entry.previous ? graph.getNodeAttribute(entry.previous.id, 'label') : '');
  return compareText(labelOf(a), labelOf(b)) < 0;
}
