/**
 * The attributes every export writes, in one table, so GEXF, GraphML and CSV agree on names,
 * types and flattening. Exporters add what their format has a native place for (GEXF's label,
 * weight, kind and viz; CSV's id/label/type columns).
 */
import type { EdgeAttributes, NodeAttributes, SentenceRecord } from '../graph-schema.js';

export type FieldType = 'string' | 'int' | 'double' | 'boolean' | 'list';
export type FieldValue = string | number | boolean | string[];

export interface Field<A> {
  name: string;
  type: FieldType;
  get(attributes: A, sentences: Readonly<Record<string, SentenceRecord>>): FieldValue;
}

/**
 * Lists (aliases, documents, sentence ids) are written as one string joined with this, which is
 * also neo4j-admin's default array delimiter. A `;` inside an item becomes a full-width `；`.
 */
export const LIST_SEPARATOR = ';';

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replaceAll(LIST_SEPARATOR, '；')).join(LIST_SEPARATOR);
}

export const NODE_FIELDS: readonly Field<NodeAttributes>[] = [
  { name: 'type', type: 'string', get: (a) => a.type },
  { name: 'aliases', type: 'list', get: (a) => a.aliases },
  { name: 'mentions', type: 'int', get: (a) => a.mentions },
  { name: 'documents', type: 'int', get: (a) => a.docs.length },
  { name: 'docs', type: 'list', get: (a) => a.docs },
  { name: 'community', type: 'int', get: (a) => a.community },
  // Empty where a node is no Chinese administrative unit: every format's column is then the same.
  { name: 'adcode', type: 'string', get: (a) => a.adcode ?? '' },
];

export const EDGE_FIELDS: readonly Field<EdgeAttributes>[] = [
  // Typed relations point source → target; co-occurrence has no direction.
  { name: 'directed', type: 'boolean', get: (a) => a.kind !== 'cooccurs' },
  { name: 'npmi', type: 'double', get: (a) => a.npmi },
  { name: 'evidence_count', type: 'int', get: (a) => a.evidence.length },
  { name: 'evidence', type: 'string', get: (a, sentences) => firstSentence(a.evidence, sentences) },
  { name: 'sentences', type: 'list', get: (a) => a.evidence },
];

function firstSentence(ids: readonly string[], sentences: Readonly<Record<string, SentenceRecord>>): string {
  for (const id of ids) {
    const record = sentences[id];
    if (record) return record.text;
  }
  return '';
}

/** A field's value as one string or number, lists joined. */
export function flatValue(value: FieldValue): string | number | boolean {
  return Array.isArray(value) ? joinList(value) : value;
}

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF. Document text is data, so these are dropped, not rejected.
 */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/**
 * Readers normalise line breaks inside attribute values to spaces (xmldom also U+2028/2029), so a
 * value written with them does not read back as written. Write the spaces ourselves.
 */
const ATTRIBUTE_BREAKS = /[\t\n\r\u0085\u2028\u2029]/g;

export function xmlAttributeSafe(text: string): string {
  return xmlSafe(text).replace(ATTRIBUTE_BREAKS, ' ');
}

/**
 * XML ids for graph keys: the key itself when it is XML-safe (so ids match the JSON and CSV
 * exports), otherwise its safe form made unique with a `~n` suffix.
 */
export function xmlIds(keys: Iterable<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const pending: string[] = [];
  for (const key of keys) {
    if (xmlAttributeSafe(key) === key) {
      ids.set(key, key);
      used.add(key);
    } else {
      pending.push(key);
    }
  }
  for (const key of pending) {
    // A key made only of unsafe characters would become an empty id, which the writers drop silently.
    const base = xmlAttributeSafe(key) || '_';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    ids.set(key, id);
    used.add(id);
  }
  return ids;
}
