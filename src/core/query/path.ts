/**
 * Shortest paths between two entities, for `yugraph path` and the explorer's path tool: the fewest
 * hops over links (all edges between a pair, either direction), the most supporting sentences
 * among equally short ones, and Yen's k shortest simple paths after the first.
 */
import type { YuGraph } from '../graph-schema.js';
import type { EntityType, RelationKind } from '../types.js';
import { assertEntity, compareText, evidenceOf, linkKinds, linksOf, type Evidence, type Link, type LinkEdge, type LinkFilter } from './links.js';

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

/** Which edges a path may follow: relation kinds (all when absent or empty) and a minimum edge weight in sentences. */
export type PathOptions = LinkFilter;

interface Best {
  total: number;
  previous?: { id: string; link: Link };
}

/** A path as node ids and the links between consecutive ones. */
interface Route {
  ids: string[];
  links: Link[];
  total: number;
}

/** What Yen's algorithm rules out for one spur search. */
interface Exclusions {
  nodes: ReadonlySet<string>;
  /** `${from}\u0000${to}`, one direction: a spur leaves its root along none of them. */
  links: ReadonlySet<string>;
}

const NONE: Exclusions = { nodes: new Set(), links: new Set() };
const linkKey = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * The shortest path from `a` to `b` ignoring edge direction; among shortest paths, the one with
 * the most total evidence (sum of link weights), ties broken by the earlier predecessor label.
 * Only edges allowed by `options` are followed. null when no path exists; a === b gives a path of
 * one node and no steps. Throws UnknownEntityError for an id the graph lacks.
 */
export function path(graph: YuGraph, a: string, b: string, options: PathOptions = {}): PathResult | null {
  assertEntity(graph, a);
  assertEntity(graph, b);
  const route = shortest(graph, a, b, options, NONE);
  return route && toResult(graph, route);
}

/**
 * Up to `k` shortest simple paths from `a` to `b` (Yen's algorithm over hop counts): the first is
 * `path()`'s, the others follow by hops, then by most total evidence, then by their labels in
 * code-unit order. Fewer than `k` when the graph has no more; [] when none. Throws like `path()`.
 */
export function paths(graph: YuGraph, a: string, b: string, k: number, options: PathOptions = {}): PathResult[] {
  assertEntity(graph, a);
  assertEntity(graph, b);
  const first = shortest(graph, a, b, options, NONE);
  if (!first || k < 1) return [];
  const found: Route[] = [first];
  const candidates: Route[] = [];
  const seen = new Set([first.ids.join('\u0000')]);
  while (found.length < k) {
    const last = found[found.length - 1];
    if (!last) break;
    for (let spur = 0; spur < last.ids.length - 1; spur++) {
      const root = last.ids.slice(0, spur + 1);
      const spurNode = root[root.length - 1] ?? a;
      const links = new Set<string>();
      for (const route of found) {
        if (route.ids.length > spur + 1 && root.every((id, i) => route.ids[i] === id)) links.add(linkKey(spurNode, route.ids[spur + 1] ?? ''));
      }
      const tail = shortest(graph, spurNode, b, options, { nodes: new Set(root.slice(0, -1)), links });
      if (!tail) continue;
      const rootLinks = last.links.slice(0, spur);
      const route: Route = {
        ids: [...root.slice(0, -1), ...tail.ids],
        links: [...rootLinks, ...tail.links],
        total: rootLinks.reduce((sum, link) => sum + link.weight, 0) + tail.total,
      };
      const key = route.ids.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(route);
    }
    if (candidates.length === 0) break;
    candidates.sort((x, y) => compareRoutes(graph, x, y));
    const next = candidates.shift();
    if (next) found.push(next);
  }
  return found.map((route) => toResult(graph, route));
}

function compareRoutes(graph: YuGraph, x: Route, y: Route): number {
  if (x.ids.length !== y.ids.length) return x.ids.length - y.ids.length;
  if (x.total !== y.total) return y.total - x.total;
  const labels = (route: Route) => route.ids.map((id) => graph.getNodeAttribute(id, 'label')).join('\u0000');
  return compareText(labels(x), labels(y));
}

/** Breadth-first by rings, avoiding `exclude`: every node of a ring is final before the next ring is expanded. */
function shortest(graph: YuGraph, a: string, b: string, options: PathOptions, exclude: Exclusions): Route | null {
  const best = new Map<string, Best>([[a, { total: 0 }]]);
  let ring = [a];
  while (ring.length > 0 && !best.has(b)) {
    const next = new Map<string, Best>();
    for (const from of ring) {
      const total = best.get(from)?.total ?? 0;
      for (const [to, link] of linksOf(graph, from, options)) {
        if (best.has(to) || exclude.nodes.has(to) || exclude.links.has(linkKey(from, to))) continue;
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
  const ids = [b];
  const links: Link[] = [];
  for (let entry: Best | undefined = end; entry?.previous; entry = best.get(entry.previous.id)) {
    ids.push(entry.previous.id);
    links.push(entry.previous.link);
  }
  return { ids: ids.reverse(), links: links.reverse(), total: end.total };
}

function toResult(graph: YuGraph, route: Route): PathResult {
  const steps = route.links.map((link, index): PathStep => ({
    from: route.ids[index] ?? '',
    to: route.ids[index + 1] ?? '',
    weight: link.weight,
    via: linkKinds(link),
    edges: link.edges,
    evidence: evidenceOf(graph, link.sentences),
  }));
  return {
    nodes: route.ids.map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), type: graph.getNodeAttribute(id, 'type') })),
    steps,
    totalWeight: route.total,
  };
}

function better(graph: YuGraph, a: Best, b: Best): boolean {
  if (a.total !== b.total) return a.total > b.total;
  const labelOf = (entry: Best) => (entry.previous ? graph.getNodeAttribute(entry.previous.id, 'label') : '');
  return compareText(labelOf(a), labelOf(b)) < 0;
}
