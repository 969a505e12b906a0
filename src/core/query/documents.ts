/**
 * The graph's documents as the comparison and the timeline need them: in date order, found by what
 * a user types, split by a date, and with the lengths and per-document counts the rates rest on.
 */
import { GraphFormatError, type YuGraph } from '../graph-schema.js';
import type { DocumentMeta } from '../types.js';
import { compareText } from './links.js';

/**
 * Order of two manifest dates written as ISO prefixes (2021, 2022-05, 2020-01-11), compared on
 * the part both give: 2021 and 2021-01-21 are equal. Negative when `a` is earlier.
 */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return compareText(a.slice(0, length), b.slice(0, length));
}

/** Every document, dated ones first in date order (then by full date and id), undated ones last by id. */
export function documentsByDate(graph: YuGraph): DocumentMeta[] {
  return [...graph.getAttribute('documents')].sort((a, b) => {
    if (a.date === undefined || b.date === undefined) {
      if (a.date !== b.date) return a.date === undefined ? 1 : -1;
    } else {
      const order = compareDates(a.date, b.date) || compareText(a.date, b.date);
      if (order !== 0) return order;
    }
    return compareText(a.id, b.id);
  });
}

export class UnknownDocumentError extends Error {
  override name = 'UnknownDocumentError';
  constructor(readonly reference: string, readonly known: readonly DocumentMeta[]) {
    super(`no document "${reference}"`);
  }
}

/**
 * The document a user means by `reference`: its id, its file name, or a prefix of exactly one id
 * (002 for 002_2628194e4fe465e0). Throws UnknownDocumentError, listing the documents by date.
 */
export function findDocument(graph: YuGraph, reference: string): DocumentMeta {
  const documents = documentsByDate(graph);
  const wanted = reference.trim();
  const exact = documents.find((doc) => doc.id === wanted || doc.file === wanted);
  if (exact) return exact;
  const prefixed = wanted === '' ? [] : documents.filter((doc) => doc.id.startsWith(wanted));
  if (prefixed.length === 1 && prefixed[0]) return prefixed[0];
  throw new UnknownDocumentError(reference, documents);
}

/** Dated documents before `date` (compared as in compareDates), in date order. */
export function documentsBefore(graph: YuGraph, date: string): DocumentMeta[] {
  return documentsByDate(graph).filter((doc) => doc.date !== undefined && compareDates(doc.date, date) < 0);
}

/** Dated documents on or after `date`, in date order. */
export function documentsFrom(graph: YuGraph, date: string): DocumentMeta[] {
  return documentsByDate(graph).filter((doc) => doc.date !== undefined && compareDates(doc.date, date) >= 0);
}

const REBUILD = 'rebuild it with `yugraph build`';

/** A document's length in characters; throws GraphFormatError for a graph built without lengths. */
export function documentLength(meta: DocumentMeta): number {
  if (typeof meta.chars !== 'number') throw new GraphFormatError(`document ${meta.id} has no length in the graph (built by an older yugraph): ${REBUILD}`);
  return meta.chars;
}

/** An entity's mentions in each document; throws GraphFormatError for a graph built without them. */
export function mentionsByDoc(graph: YuGraph, id: string): Readonly<Record<string, number>> {
  const counts = graph.getNodeAttribute(id, 'mentionsByDoc');
  if (counts === undefined) throw new GraphFormatError(`entity ${id} has no per-document mentions in the graph (built by an older yugraph): ${REBUILD}`);
  return counts;
}

/** Mentions per 10,000 characters. */
export function ratePer10k(mentions: number, chars: number): number {
  return chars === 0 ? 0 : (mentions * 10_000) / chars;
}
