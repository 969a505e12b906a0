/**
 * nodes.csv and edges.csv with neo4j-admin import headers (id:ID, :LABEL, :START_ID, :END_ID,
 * :TYPE, typed properties, `;`-delimited string[] arrays): UTF-8 with a BOM so spreadsheets
 * detect the encoding, RFC 4180 quoting, CRLF line ends.
 */
import type { YuGraph } from '../graph-schema.js';
import { nodeFields, type NodeFieldOptions } from './change-fields.js';
import { EDGE_FIELDS, flatValue, type FieldType, type FieldValue } from './fields.js';

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/** neo4j-admin property type suffixes; plain strings need none. */
const NEO4J_TYPES: Record<FieldType, string> = { string: '', int: ':int', double: ':double', boolean: ':boolean', list: ':string[]' };

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / CR) as a formula. Text cells that
 * do get a leading apostrophe; numeric cells are never touched (npmi can be negative).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(value: FieldValue | undefined): string {
  if (value === undefined) return '';
  const flat = flatValue(value);
  if (typeof flat === 'number') return Number.isFinite(flat) ? String(flat) : '';
  if (typeof flat === 'boolean') return String(flat);
  return textCell(flat);
}

function table(header: readonly string[], rows: readonly string[][]): string {
  return `\uFEFF${[header.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

/** `place` → `Place`: neo4j labels are conventionally capitalised. */
function neo4jLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

export function toCsv(graph: YuGraph, options: NodeFieldOptions = {}): CsvFiles {
  const sentences = graph.getAttribute('sentences');
  const fields = nodeFields(graph, options);
  const nodeRows: string[][] = [];
  graph.forEachNode((node, attributes) => {
    nodeRows.push([
      textCell(node),
      textCell(`Entity;${neo4jLabel(attributes.type)}`),
      textCell(attributes.label),
      ...fields.map((field) => cell(field.get(attributes, sentences))),
    ]);
  });
  const edgeRows: string[][] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    edgeRows.push([
      textCell(source),
      textCell(target),
      textCell(attributes.kind.toUpperCase()),
      cell(attributes.weight),
      ...EDGE_FIELDS.map((field) => cell(field.get(attributes, sentences))),
    ]);
  });
  return {
    nodes: table(['id:ID', ':LABEL', 'label', ...fields.map((field) => textCell(field.name + NEO4J_TYPES[field.type]))], nodeRows),
    edges: table([':START_ID', ':END_ID', ':TYPE', 'weight:int', ...EDGE_FIELDS.map((field) => field.name + NEO4J_TYPES[field.type])], edgeRows),
  };
}
