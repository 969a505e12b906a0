import type { YuGraph } from '../graph-schema.js';
import { documentLength, documentsByDate, mentionsByDoc, ratePer10k } from './documents.js';
import { assertEntity } from './links.js';

export interface TimelinePoint {
  doc: string;
  title: string;
  /** Manifest date as written (2021, 2022-05, 2020-01-11), absent when the manifest gives none. */
  date?: string;
  mentions: number;
  /** The document's length in characters (whitespace excluded). */
  chars: number;
  /** Mentions per 10,000 characters. */
  rate: number;
}

/**
 * An entity's mentions in every document of the graph, dated documents in date order and undated
 * ones last; documents that do not mention it are included with 0.
 * Throws UnknownEntityError for an id not in the graph, GraphFormatError for a graph built without
 * document lengths or per-document mentions.
 */
export function timeline(graph: YuGraph, id: string): TimelinePoint[] {
  assertEntity(graph, id);
  const counts = mentionsByDoc(graph, id);
  return documentsByDate(graph).map((meta) => {
    const chars = documentLength(meta);
    const mentions = counts[meta.id] ?? 0;
    return { doc: meta.id, title: meta.title, ...(meta.date === undefined ? {} : { date: meta.date }), mentions, chars, rate: ratePer10k(mentions, chars) };
  });
}
