/**
 * What the query commands (neighbors, path, search, stats, export) share: option parsing, turning
 * a typed name into an entity or a "did you mean", and plain-text layout for CJK terminals.
 */
import type { YuGraph } from '../core/graph-schema.js';
import type { Evidence, LinkEdge } from '../core/query/links.js';
import { isConfident, resolve } from '../core/query/resolve.js';
import type { EntityType } from '../core/types.js';
import { EXIT, UserError, writeLines } from './command.js';

/** A whole number ≥ min from an option value; `fallback` when the option is absent. */
export function parseInteger(value: string | undefined, option: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
    throw new UserError(`${option} must be ${range}, got "${value}"`, EXIT.usage);
  }
  return number;
}

export function parseMinWeight(value: string | undefined): number {
  if (value === undefined) return 0;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new UserError(`--min-weight must be a number ≥ 0, got "${value}"`, EXIT.usage);
  }
  return number;
}

/** Values of a repeatable option, also accepting comma lists (--type place,program). */
export function parseChoices<T extends string>(values: readonly string[] | undefined, allowed: readonly T[], option: string): T[] {
  const chosen: T[] = [];
  for (const value of (values ?? []).flatMap((item) => item.split(','))) {
    const choice = allowed.find((candidate) => candidate === value.trim());
    if (choice === undefined) throw new UserError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`, EXIT.usage);
    if (!chosen.includes(choice)) chosen.push(choice);
  }
  return chosen;
}

/** Exactly `count` positional arguments, or a usage error naming them. */
export function expectPositionals(positionals: readonly string[], names: readonly string[], usage: string): string[] {
  if (positionals.length !== names.length || positionals.some((value) => value.trim() === '')) {
    throw new UserError(`expected ${names.map((name) => `<${name}>`).join(' ')}\n${usage}`, EXIT.usage);
  }
  return [...positionals];
}

/**
 * The entity a typed name refers to. An inexact but confident match is announced on stderr;
 * otherwise the command fails with exit 1 and the suggestions.
 */
export function resolveEntity(graph: YuGraph, name: string): string {
  // A label is the node's key: no need to score every name in the graph (a third of a query's time).
  const exact = name.trim();
  if (graph.hasNode(exact)) return exact;
  const suggestions = resolve(graph, name, 5);
  const best = suggestions[0];
  if (best && isConfident(best)) {
    if (best.matchedBy !== 'label') {
      writeLines(process.stderr, [`yugraph: "${name}" → ${best.label} (${best.matchedBy} match on ${best.matchedText})`]);
    }
    return best.id;
  }
  if (suggestions.length === 0) throw new UserError(`no entity matches "${name}" (try: yugraph search <text>)`, EXIT.notFound);
  const lines = suggestions.map((suggestion) => `  ${suggestion.label}  (${suggestion.type})`);
  throw new UserError(`no entity named "${name}"; did you mean:\n${lines.join('\n')}`, EXIT.notFound);
}

export interface EntitySummary {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
}

export function entitySummary(graph: YuGraph, id: string): EntitySummary {
  const { label, type, aliases } = graph.getNodeAttributes(id);
  return { id, label, type, aliases };
}

/** Relation kinds of a link seen from `from`: `part_of→` when from is the source, `←part_of` when it is the target. */
export function describeEdges(edges: readonly LinkEdge[], from: string): string {
  return [...new Set(edges.map((edge) => (edge.kind === 'cooccurs' ? edge.kind : edge.source === from ? `${edge.kind}→` : `←${edge.kind}`)))].join(', ');
}

/** Terminal columns: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
      || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
      || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows of cells as aligned columns (the last column is not padded). */
export function columns(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0))).join('  ').trimEnd());
}

interface Span {
  start: number;
  end: number;
}

function firstOccurrence(text: string, forms: readonly string[]): Span | undefined {
  let found: Span | undefined;
  for (const form of forms) {
    const start = form === '' ? -1 : text.indexOf(form);
    if (start >= 0 && (!found || start < found.start)) found = { start, end: start + form.length };
  }
  return found;
}

function window(text: string, span: Span, width: number): string {
  const room = Math.max(0, width - (span.end - span.start));
  const start = Math.max(0, Math.min(span.start - Math.floor(room / 2), text.length - width));
  const end = Math.min(text.length, Math.max(start + width, span.end));
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * A sentence cut down to about `width` characters around the names (each given as its surface
 * forms); when the names are too far apart, a window around each, joined by " … ".
 */
export function snippet(text: string, names: readonly (readonly string[])[], width = 40): string {
  if (text.length <= width) return text;
  const spans = names.map((forms) => firstOccurrence(text, forms)).filter((span) => span !== undefined).sort((a, b) => a.start - b.start);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return window(text, { start: 0, end: 0 }, width);
  if (Math.max(first.end, last.end) - first.start <= width) return window(text, { start: first.start, end: Math.max(first.end, last.end) }, width);
  const each = Math.floor(width / spans.length);
  return spans.map((span) => window(text, span, each)).join(' ');
}

/** The sentence to show for a link: the first that names both sides, else the first. */
export function pickEvidence(evidence: readonly Evidence[], names: readonly (readonly string[])[]): Evidence | undefined {
  return evidence.find((item) => names.every((forms) => forms.some((form) => form !== '' && item.text.includes(form)))) ?? evidence[0];
}

/** Label and aliases: the forms under which a sentence may name the entity. */
export function surfaceForms(graph: YuGraph, id: string): string[] {
  const { label, aliases } = graph.getNodeAttributes(id);
  return [label, ...aliases];
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
