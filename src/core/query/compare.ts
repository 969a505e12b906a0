/**
 * What changed between two sets of documents: A (before) and B (after), each one document or
 * several (a year, an issuer). Entities are compared by their rate (mentions per 10,000
 * characters), so a short continuation page is not read as a drop, and a change counts only when
 * the log-likelihood G² keyness test (keyness.ts: Dunning 1993; Rayson & Garside 2000) finds it
 * significant at p < 0.05.
 */
import { GraphFormatError, type YuGraph } from '../graph-schema.js';
import type { EntityType, RelationKind } from '../types.js';
import { documentLength, mentionsByDoc, ratePer10k } from './documents.js';
import { G2_CRITICAL_05, logLikelihood } from './keyness.js';
import { compareText, evidenceOf, type Evidence } from './links.js';
import { RELATION_KINDS } from '../types.js';

export const CHANGE_STATUSES = ['new', 'dropped', 'rising', 'fading', 'steady'] as const;
/**
 * new: not mentioned in A; dropped: not mentioned in B; rising / fading: a higher / lower rate in
 * B with G² ≥ 3.84 (p < 0.05); steady: mentioned on both sides without a significant change.
 */
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export interface SideCount {
  mentions: number;
  /** Mentions per 10,000 characters of the side. */
  rate: number;
}

export interface EntityChange {
  id: string;
  label: string;
  type: EntityType;
  a: SideCount;
  b: SideCount;
  status: ChangeStatus;
  /** Rate in B ÷ rate in A; null for a new entity (no rate in A). */
  ratio: number | null;
  /** Log-likelihood G² of the two counts given the two sides' lengths. */
  g2: number;
  /** For a new entity its first sentence in B, for a dropped one its last in A (date order); else null. */
  evidence: Evidence | null;
}

export interface LinkChange {
  source: string;
  target: string;
  /** Relation kinds on the pair, in RELATION_KINDS order. */
  kinds: RelationKind[];
  /** Sentences on this side that support the link. */
  weight: number;
  /** True when both entities are also mentioned on the other side: the link itself is what changed. */
  between: boolean;
  evidence: Evidence[];
}

export interface ComparisonSide {
  /** Document ids, in the order given. */
  docs: string[];
  /** Total length in characters (whitespace excluded). */
  chars: number;
}

export interface Comparison {
  a: ComparisonSide;
  b: ComparisonSide;
  /** The longer side's length ÷ the shorter's (≥ 1). */
  lengthRatio: number;
  /** Every entity mentioned on either side, grouped in CHANGE_STATUSES order, most significant first. */
  entities: EntityChange[];
  /** Links supported by sentences of only one side: new (only B) and dropped (only A); `between` ones first, then by weight. */
  links: { new: LinkChange[]; dropped: LinkChange[] };
}

function side(graph: YuGraph, docs: readonly string[], name: string): ComparisonSide {
  if (docs.length === 0) throw new RangeError(`side ${name} of the comparison has no documents`);
  const metas = new Map(graph.getAttribute('documents').map((meta) => [meta.id, meta]));
  let chars = 0;
  for (const doc of docs) {
    const meta = metas.get(doc);
    if (!meta) throw new RangeError(`side ${name} names document "${doc}", which the graph does not have`);
    chars += documentLength(meta);
  }
  return { docs: [...docs], chars };
}

function status(a: number, b: number, rateA: number, rateB: number, g2: number): ChangeStatus {
  if (a === 0) return 'new';
  if (b === 0) return 'dropped';
  if (g2 >= G2_CRITICAL_05) return rateB > rateA ? 'rising' : 'fading';
  return 'steady';
}

/** The first (or last) of an entity's sentences that lies in `docs`, taking documents in the given order. */
function sentenceIn(graph: YuGraph, sentences: readonly string[], docs: readonly string[], last: boolean): Evidence | null {
  const ordered = last ? [...docs].reverse() : docs;
  for (const doc of ordered) {
    const found = evidenceOf(graph, sentences).filter((item) => item.doc === doc);
    const pick = last ? found[found.length - 1] : found[0];
    if (pick) return pick;
  }
  return null;
}

/**
 * Compares documents `a` (before) with documents `b` (after), both lists of document ids.
 * Throws RangeError when a side is empty, names an unknown document or shares one with the other
 * side; GraphFormatError when the graph was built without document lengths or per-document mentions.
 */
export function compareDocuments(graph: YuGraph, a: readonly string[], b: readonly string[]): Comparison {
  const shared = a.find((doc) => b.includes(doc));
  if (shared !== undefined) throw new RangeError(`document ${shared} is on both sides of the comparison`);
  const sideA = side(graph, a, 'A');
  const sideB = side(graph, b, 'B');
  const entities: EntityChange[] = [];
  const mentioned = { a: new Set<string>(), b: new Set<string>() };
  graph.forEachNode((id, attributes) => {
    const counts = mentionsByDoc(graph, id);
    const sum = (docs: readonly string[]) => docs.reduce((total, doc) => total + (counts[doc] ?? 0), 0);
    const countA = sum(sideA.docs);
    const countB = sum(sideB.docs);
    if (countA + countB === 0) return;
    if (countA > 0) mentioned.a.add(id);
    if (countB > 0) mentioned.b.add(id);
    const rateA = ratePer10k(countA, sideA.chars);
    const rateB = ratePer10k(countB, sideB.chars);
    const g2 = logLikelihood(countA, countB, sideA.chars, sideB.chars);
    const change = status(countA, countB, rateA, rateB, g2);
    const evidence = change === 'new' ? sentenceIn(graph, attributes.sentences, sideB.docs, false)
      : change === 'dropped' ? sentenceIn(graph, attributes.sentences, sideA.docs, true) : null;
    entities.push({
      id, label: attributes.label, type: attributes.type,
      a: { mentions: countA, rate: rateA }, b: { mentions: countB, rate: rateB },
      status: change, ratio: countA === 0 ? null : rateB / rateA, g2, evidence,
    });
  });
  entities.sort((x, y) => CHANGE_STATUSES.indexOf(x.status) - CHANGE_STATUSES.indexOf(y.status) || y.g2 - x.g2 || compareText(x.label, y.label));
  const shorter = Math.min(sideA.chars, sideB.chars);
  return {
    a: sideA, b: sideB,
    lengthRatio: shorter === 0 ? Infinity : Math.max(sideA.chars, sideB.chars) / shorter,
    entities,
    links: oneSidedLinks(graph, sideA.docs, sideB.docs, mentioned),
  };
}

interface PairSentences {
  source: string;
  target: string;
  kinds: Set<RelationKind>;
  a: Set<string>;
  b: Set<string>;
}

function oneSidedLinks(graph: YuGraph, a: readonly string[], b: readonly string[], mentioned: { a: Set<string>; b: Set<string> }): Comparison['links'] {
  const records = graph.getAttribute('sentences');
  const docsA = new Set(a);
  const docsB = new Set(b);
  const pairs = new Map<string, PairSentences>();
  graph.forEachEdge((_key, attributes, source, target) => {
    const [first, second] = source < target ? [source, target] : [target, source];
    const key = `${first}\u0000${second}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { source: first, target: second, kinds: new Set(), a: new Set(), b: new Set() };
      pairs.set(key, pair);
    }
    pair.kinds.add(attributes.kind);
    for (const id of attributes.evidence) {
      const doc = records[id]?.doc;
      if (doc === undefined) throw new GraphFormatError(`edge ${source} – ${target} cites sentence ${id}, which the graph does not record`);
      if (docsA.has(doc)) pair.a.add(id);
      if (docsB.has(doc)) pair.b.add(id);
    }
  });
  const order = (docs: readonly string[]) => new Map(docs.map((doc, index) => [doc, index]));
  const changes = (only: 'a' | 'b', other: Set<string>, docOrder: Map<string, number>): LinkChange[] => {
    const list: LinkChange[] = [];
    for (const pair of pairs.values()) {
      const here = pair[only];
      if (here.size === 0 || pair[only === 'a' ? 'b' : 'a'].size > 0) continue;
      const evidence = evidenceOf(graph, [...here]).sort((x, y) => (docOrder.get(x.doc) ?? 0) - (docOrder.get(y.doc) ?? 0)
        || Number(x.sentence.slice(x.sentence.lastIndexOf('#') + 1)) - Number(y.sentence.slice(y.sentence.lastIndexOf('#') + 1)));
      list.push({
        source: pair.source, target: pair.target,
        kinds: RELATION_KINDS.filter((kind) => pair.kinds.has(kind)),
        weight: here.size, between: other.has(pair.source) && other.has(pair.target), evidence,
      });
    }
    return list.sort((x, y) => Number(y.between) - Number(x.between) || y.weight - x.weight || compareText(x.source, y.source) || compareText(x.target, y.target));
  };
  return { new: changes('b', mentioned.a, order(b)), dropped: changes('a', mentioned.b, order(a)) };
}
