/**
 * Export attributes that depend on the graph's documents or on a comparison, so Gephi can colour
 * or filter by them: mentions in each document (`mentions_<document id>`, int) and, when a
 * comparison is given, its status (`compare_status`: new, dropped, rising, fading, steady, or
 * absent for an entity neither side mentions), G² and the two rates per 10,000 characters.
 */
import type { NodeAttributes, YuGraph } from '../graph-schema.js';
import type { Comparison, EntityChange } from '../query/compare.js';
import { NODE_FIELDS, type Field } from './fields.js';

export interface NodeFieldOptions {
  /** Adds the comparison's per-entity status, G² and rates. */
  comparison?: Comparison | undefined;
}

/** A document id as an attribute name: letters, digits, `_ . -` kept, anything else `_`, made unique. */
function fieldNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = `mentions_${id.replace(/[^\p{L}\p{N}_.-]/gu, '_')}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

function documentFields(graph: YuGraph): Field<NodeAttributes>[] {
  // A graph built before per-document counts existed gets no columns rather than columns of zeros.
  if (!graph.someNode((_node, attributes) => attributes.mentionsByDoc !== undefined)) return [];
  const ids = graph.getAttribute('documents').map((doc) => doc.id);
  return fieldNames(ids).map((name, index) => {
    const id = ids[index] ?? '';
    return { name, type: 'int', get: (a) => a.mentionsByDoc?.[id] ?? 0 };
  });
}

function comparisonFields(comparison: Comparison): Field<NodeAttributes>[] {
  // Node keys are the canonical labels (types.ts, Entity.id), so a change is found by label.
  const changes = new Map<string, EntityChange>(comparison.entities.map((change) => [change.id, change]));
  const of = (a: NodeAttributes) => changes.get(a.label);
  return [
    { name: 'compare_status', type: 'string', get: (a) => of(a)?.status ?? 'absent' },
    { name: 'compare_g2', type: 'double', get: (a) => of(a)?.g2 ?? 0 },
    { name: 'compare_rate_a', type: 'double', get: (a) => of(a)?.a.rate ?? 0 },
    { name: 'compare_rate_b', type: 'double', get: (a) => of(a)?.b.rate ?? 0 },
  ];
}

/** Every node attribute an export writes for this graph: NODE_FIELDS, then per-document mentions, then the comparison's. */
export function nodeFields(graph: YuGraph, options: NodeFieldOptions = {}): Field<NodeAttributes>[] {
  return [...NODE_FIELDS, ...documentFields(graph), ...(options.comparison ? comparisonFields(options.comparison) : [])];
}
