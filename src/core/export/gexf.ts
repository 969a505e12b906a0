/**
 * GEXF 1.3 for Gephi, written by graphology-gexf.
 *
 * GEXF (and NetworkX's reader) cannot mix directed and undirected edges, and our graph is mixed:
 * every edge is written undirected, in source → target order, with `kind` (GEXF's edge kind, which
 * Gephi uses to keep parallel edges apart), a `relation` attribute repeating it for readers that
 * ignore `kind`, and `directed` = true for typed relations, whose direction is source → target.
 */
import type { write } from 'graphology-gexf';
// The writer alone: graphology-gexf's browser entry also loads a DOMParser-based parser at import
// time (absent in Node) and its Node entry pulls xmldom into the explorer's bundle.
// @ts-expect-error TS7016: the module ships no typings; it is typed below with the package's own write().
import untypedWrite from 'graphology-gexf/browser/writer.js';
import type { YuGraph } from '../graph-schema.js';
import { RELATION_COLORS } from '../palette.js';
import { nodeFields, type NodeFieldOptions } from './change-fields.js';
import { EDGE_FIELDS, flatValue, xmlAttributeSafe, xmlIds, type Field, type FieldType } from './fields.js';

export interface GexfOptions extends NodeFieldOptions {
  /** Indent the XML (default true). */
  pretty?: boolean;
}

const writeGexf = untypedWrite as typeof write;

const GEXF_TYPES: Record<FieldType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean', list: 'string' };

type Flat = Record<string, string | number | boolean>;

function flatten<A>(fields: readonly Field<A>[], attributes: A, sentences: Parameters<Field<A>['get']>[1]): Flat {
  const flat: Flat = {};
  for (const field of fields) {
    const value = flatValue(field.get(attributes, sentences));
    flat[field.name] = typeof value === 'string' ? xmlAttributeSafe(value) : value;
  }
  return flat;
}

/** NetworkX reads only r/g/b colours, and the writer turns anything it cannot parse into an empty element. */
const RGB = /^rgb\(\d{1,3},\d{1,3},\d{1,3}\)$/;

function rgb(color: string | undefined): string | undefined {
  return color !== undefined && RGB.test(color) ? color : undefined;
}

/** Finite numbers only: a missing layout must not become NaN in the file. */
function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

export function toGexf(graph: YuGraph, options: GexfOptions = {}): string {
  const sentences = graph.getAttribute('sentences');
  const fields = nodeFields(graph, options);
  const nodeIds = xmlIds(graph.nodes());
  const edgeIds = xmlIds(graph.edges());
  const id = (ids: Map<string, string>, key: string) => ids.get(key) ?? key;

  const undirected = graph.nullCopy({ type: 'undirected', multi: true });
  graph.forEachNode((node, attributes) => undirected.addNode(id(nodeIds, node), attributes));
  graph.forEachEdge((edge, attributes, source, target) => {
    undirected.addUndirectedEdgeWithKey(id(edgeIds, edge), id(nodeIds, source), id(nodeIds, target), attributes);
  });

  const xml = writeGexf(undirected, {
    version: '1.3',
    pedantic: true,
    pretty: options.pretty ?? true,
    formatNode: (_key, attributes) => ({
      label: xmlAttributeSafe(attributes.label),
      attributes: flatten(fields, attributes, sentences),
      viz: { color: rgb(attributes.color), size: finite(attributes.size), x: finite(attributes.x), y: finite(attributes.y) },
    }),
    formatEdge: (_key, attributes) => ({
      kind: attributes.kind,
      weight: attributes.weight,
      attributes: { relation: attributes.kind, ...flatten(EDGE_FIELDS, attributes, sentences) },
      viz: { color: rgb(RELATION_COLORS[attributes.kind]) },
    }),
  });
  return pinDeclaredTypes(xml, fields);
}

/**
 * graphology-gexf infers each attribute's type from the values; a graph whose npmi values happen
 * to be whole numbers would declare npmi an integer. Pin every declaration to the field table.
 */
function pinDeclaredTypes(xml: string, nodeFieldList: readonly Field<never>[]): string {
  // Declarations all come before the first node: rewrite only that head, not a copy of the whole file per field.
  const bodyStart = xml.indexOf('<nodes');
  let head = bodyStart < 0 ? xml : xml.slice(0, bodyStart);
  for (const field of [...nodeFieldList, ...EDGE_FIELDS] as readonly Field<never>[]) {
    // Per-document names carry a document id: escape what a pattern would read as syntax.
    const name = xmlAttributeSafe(field.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const declaration = new RegExp(`(<attribute id="${name}" title="${name}" type=")[a-z]+"`);
    head = head.replace(declaration, `$1${GEXF_TYPES[field.type]}"`);
  }
  return bodyStart < 0 ? head : head + xml.slice(bodyStart);
}
