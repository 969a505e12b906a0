/**
 * What `compare` and `timeline` share: choosing documents by id, file name or date, naming them
 * on the terminal, and printing document text safely.
 */
import { GraphFormatError, type YuGraph } from '../core/graph-schema.js';
import { documentsBefore, documentsFrom, findDocument, UnknownDocumentError } from '../core/query/documents.js';
import type { DocumentMeta } from '../core/types.js';
import { EXIT, UserError } from './command.js';

/**
 * Document text with terminal control sequences removed (CSI and OSC escapes, then any other C0
 * or C1 control but tab): a sentence is data and must not move the cursor or retitle the window.
 */
export function printable(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
    // eslint-disable-next-line no-control-regex -- as above
    .replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, '');
}

/** One line naming a document: id, date, title. */
export function documentLine(meta: DocumentMeta): string {
  return printable(`${meta.id}  ${meta.date ?? 'undated'}  ${meta.title}`);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(value: string, option: string): string {
  if (!DATE.test(value)) throw new UserError(`${option} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`, EXIT.usage);
  return value;
}

/** Comma-separated document references → documents, or exit 1 listing the graph's documents. */
export function documentsNamed(graph: YuGraph, references: string): DocumentMeta[] {
  const chosen: DocumentMeta[] = [];
  for (const reference of references.split(',')) {
    try {
      const meta = findDocument(graph, reference);
      if (!chosen.includes(meta)) chosen.push(meta);
    } catch (error) {
      if (!(error instanceof UnknownDocumentError)) throw error;
      const known = error.known.map((meta) => `  ${documentLine(meta)}`).join('\n');
      throw new UserError(`no document "${printable(reference)}" (give an id, a file name or a unique id prefix); the graph has:\n${known}`, EXIT.notFound);
    }
  }
  return chosen;
}

export interface Sides {
  a: DocumentMeta[];
  b: DocumentMeta[];
}

/**
 * Sides A and B of a comparison from the command line: A is `--before DATE` or the first
 * positional, B is `--after DATE` or the next one.
 */
export function chooseSides(graph: YuGraph, positionals: readonly string[], before: string | undefined, after: string | undefined, usage: string): Sides {
  const rest = [...positionals];
  const pick = (date: string | undefined, option: string, select: (graph: YuGraph, date: string) => DocumentMeta[], side: string): DocumentMeta[] => {
    if (date !== undefined) {
      const docs = select(graph, checkDate(date, option));
      if (docs.length === 0) throw new UserError(`no document is dated ${option === '--before' ? 'before' : 'on or after'} ${date}`, EXIT.notFound);
      return docs;
    }
    const reference = rest.shift();
    if (reference === undefined || reference.trim() === '') throw new UserError(`side ${side} is missing\n${usage}`, EXIT.usage);
    return documentsNamed(graph, reference);
  };
  const a = pick(before, '--before', documentsBefore, 'A');
  const b = pick(after, '--after', documentsFrom, 'B');
  if (rest.length > 0) throw new UserError(`unexpected argument "${printable(rest[0] ?? '')}"\n${usage}`, EXIT.usage);
  const shared = a.find((meta) => b.includes(meta));
  if (shared) throw new UserError(`document ${shared.id} is on both sides`, EXIT.usage);
  return { a, b };
}

/** Runs a query that needs document lengths and per-document mentions; a graph without them is an input error (exit 2). */
export function withDocumentCounts<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof GraphFormatError) throw new UserError(`the graph cannot answer this: ${error.message}`, EXIT.inputError);
    throw error;
  }
}
