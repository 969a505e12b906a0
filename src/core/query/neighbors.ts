import type { YuGraph } from '../graph-schema.js';
import type { EntityType, RelationKind } from '../types.js';
import { assertEntity, compareText, evidenceOf, linkKinds, linksOf, type Evidence, type Link, type LinkEdge } from './links.js';

export interface NeighborOptions {
  /** Hops from the entity, default 1. */
  depth?: number | undefined;
  /** Only report entities of these types; traversal still passes through the others. */
  types?: readonly EntityType[] | undefined;
  /** Only follow edges whose weight reaches this (default 0). */
  minWeight?: number | undefined;
  limit?: number | undefined;
  /** Only follow edges of these kinds (all when absent or empty). */
  relations?: readonly RelationKind[] | undefined;
}

export interface NeighborResult {
  id: string;
  label: string;
  type: EntityType;
  /** Weight of the link that reached this entity: its distinct supporting sentences. */
  weight: number;
  depth: number;
  /** Relation kinds of that link. */
  via: RelationKind[];
  /** The edges of that link, with their direction. */
  edges: LinkEdge[];
  /** For depth ≥ 2: the entity one hop closer through which this one was reached. */
  through?: string;
  /** Sentences supporting that link, in document order. */
  evidence: Evidence[];
}

interface Reached {
  depth: number;
  link: Link;
  through?: string;
}

/**
 * Entities within `depth` hops, each reached by its strongest link from the previous ring
 * (ties: the earlier label), sorted by that link's weight, descending, then by label.
 */
export function neighbors(graph: YuGraph, id: string, options: NeighborOptions = {}): NeighborResult[] {
  assertEntity(graph, id);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`depth must be a positive integer, got ${depth}`);
  const filter = { relations: options.relations, minWeight: options.minWeight };

  const reached = new Map<string, Reached>();
  let ring = [id];
  for (let hop = 1; hop <= depth && ring.length > 0; hop++) {
    const next = new Map<string, Reached>();
    for (const from of ring) {
      for (const [to, link] of linksOf(graph, from, filter)) {
        if (to === id || reached.has(to)) continue;
        const candidate: Reached = hop === 1 ? { depth: hop, link } : { depth: hop, link, through: from };
        const current = next.get(to);
        if (!current || stronger(graph, candidate, current)) next.set(to, candidate);
      }
    }
    for (const [to, value] of next) reached.set(to, value);
    ring = [...next.keys()];
  }

  const types = options.types?.length ? new Set(options.types) : null;
  const results: NeighborResult[] = [];
  for (const [to, { depth: hops, link, through }] of reached) {
    const attributes = graph.getNodeAttributes(to);
    if (types && !types.has(attributes.type)) continue;
    results.push({
      id: to,
      label: attributes.label,
      type: attributes.type,
      weight: link.weight,
      depth: hops,
      via: linkKinds(link),
      edges: link.edges,
      ...(through === undefined ? {} : { through }),
      evidence: evidenceOf(graph, link.sentences),
    });
  }
  results.sort((a, b) => b.weight - a.weight || compareText(a.label, b.label) || compareText(a.id, b.id));
  return options.limit === undefined ? results : results.slice(0, Math.max(0, options.limit));
}

/** Heavier link first; between equal links, the one through the earlier label (only rings ≥ 2 have a choice). */
function stronger(graph: YuGraph, a: Reached, b: Reached): boolean {
  if (a.link.weight !== b.link.weight) return a.link.weight > b.link.weight;
  const labelOf = (reached: Reached) => (reached.through === undefined ? '' : graph.getNodeAttribute(reached.through, 'label'));
  return compareText(labelOf(a), labelOf(b)) < 0;
}
