/**
 * Typed relations seen from one entity: what a slogan stands for (expands_to), the instances of a
 * category (instance_of, incoming), the parts of a region (part_of and located_in, incoming).
 */
import type { EdgeAttributes, YuGraph } from '../graph-schema.js';
import type { EntityType, TypedRelationKind } from '../types.js';
import { assertEntity, compareSentenceIds, compareText, evidenceOf, type Evidence } from './links.js';

export interface RelatedEntity {
  id: string;
  label: string;
  type: EntityType;
  kind: TypedRelationKind;
  /** The sentences that state the relation, in document order. */
  evidence: Evidence[];
}

/** Where the text first writes a related entity among its evidence: [sentence, offset]. */
function firstWritten(related: RelatedEntity, forms: readonly string[]): [string, number] {
  for (const item of related.evidence) {
    const offsets = forms.map((form) => item.text.indexOf(form)).filter((offset) => offset >= 0);
    if (offsets.length > 0) return [item.sentence, Math.min(...offsets)];
  }
  return [related.evidence[0]?.sentence ?? '', Number.MAX_SAFE_INTEGER];
}

/**
 * Entities linked to `id` by typed relations of `kinds`: the targets of its edges (`out`, e.g. a
 * slogan's components) or their sources (`in`, e.g. a category's instances). Ordered as the text
 * spells them out: by the first evidence sentence that writes them, then by position in it.
 */
export function related(graph: YuGraph, id: string, kinds: readonly TypedRelationKind[], direction: 'out' | 'in'): RelatedEntity[] {
  assertEntity(graph, id);
  const found: { entry: RelatedEntity; written: [string, number] }[] = [];
  const visit = (_key: string, attributes: EdgeAttributes, source: string, target: string) => {
    const { kind } = attributes;
    if (kind === 'cooccurs' || !kinds.includes(kind)) return;
    const other = direction === 'out' ? target : source;
    const { label, type, aliases } = graph.getNodeAttributes(other);
    const entry = { id: other, label, type, kind, evidence: evidenceOf(graph, attributes.evidence) };
    found.push({ entry, written: firstWritten(entry, [label, ...aliases]) });
  };
  if (direction === 'out') graph.forEachOutEdge(id, visit);
  else graph.forEachInEdge(id, visit);
  found.sort((a, b) => compareSentenceIds(a.written[0], b.written[0]) || a.written[1] - b.written[1] || compareText(a.entry.label, b.entry.label));
  return found.map(({ entry }) => entry);
}
