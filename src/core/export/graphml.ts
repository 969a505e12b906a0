/**
 * GraphML for Cytoscape, yEd, NetworkX and igraph, built with xmlbuilder2 (which escapes).
 * Like the GEXF export, the graph is declared undirected (NetworkX refuses mixed GraphML); typed
 * relations keep their direction as source → target with `directed` = true.
 */
import { create } from 'xmlbuilder2';
import type { EdgeAttributes, NodeAttributes, YuGraph } from '../graph-schema.js';
import { nodeFields, type NodeFieldOptions } from './change-fields.js';
import { EDGE_FIELDS, flatValue, xmlIds, xmlSafe, type Field, type FieldType } from './fields.js';
import { declareYedKeys, writeYedEdge, writeYedNode, YFILES_NS } from './yed.js';

export interface GraphmlOptions extends NodeFieldOptions {
  /** Add yEd's yFiles extensions (shape, fill, label, geometry; see yed.ts). Default false. */
  yed?: boolean;
}

type XMLBuilder = ReturnType<typeof create>;

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const GRAPHML_TYPES: Record<FieldType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', list: 'string' };

/** GraphML has no native place for these, unlike GEXF's label, weight, kind and viz. */
function nodeKeys(graph: YuGraph, options: NodeFieldOptions): Field<NodeAttributes>[] {
  return [
    { name: 'label', type: 'string', get: (a) => a.label },
    ...nodeFields(graph, options),
    { name: 'color', type: 'string', get: (a) => a.color },
    { name: 'size', type: 'double', get: (a) => a.size },
    { name: 'x', type: 'double', get: (a) => a.x },
    { name: 'y', type: 'double', get: (a) => a.y },
  ];
}
const EDGE_KEYS: readonly Field<EdgeAttributes>[] = [
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'weight', type: 'int', get: (a) => a.weight },
  ...EDGE_FIELDS,
];

/** Key ids carry the element class, as GraphML key ids share one namespace. */
const keyId = (domain: 'node' | 'edge', name: string) => `${domain}_${name}`;

function declareKeys<A>(root: XMLBuilder, domain: 'node' | 'edge', fields: readonly Field<A>[]): void {
  for (const field of fields) {
    root.ele('key', { id: keyId(domain, field.name), for: domain, 'attr.name': xmlSafe(field.name), 'attr.type': GRAPHML_TYPES[field.type] });
  }
}

function writeData<A>(element: XMLBuilder, domain: 'node' | 'edge', fields: readonly Field<A>[], attributes: A, sentences: Parameters<Field<A>['get']>[1]): void {
  for (const field of fields) {
    // Graphs read from JSON may lack optional values; an absent <data> is GraphML's "no value".
    const raw = field.get(attributes, sentences) as ReturnType<Field<A>['get']> | undefined;
    if (raw === undefined) continue;
    const value = flatValue(raw);
    if (value === '' || (typeof value === 'number' && !Number.isFinite(value))) continue;
    element.ele('data', { key: keyId(domain, field.name) }).txt(typeof value === 'string' ? xmlSafe(value) : String(value));
  }
}

/**
 * The graph as a GraphML document (UTF-8, ending in a newline): one `<key>` per attribute, one
 * `<node>`/`<edge>` per entity/edge with `<data>` for each value present. With `yed`, each node and
 * edge first carries its yFiles drawing, so the typed `label`, `x`, `y` come after it and win in
 * readers (NetworkX) that take a ShapeNode's label and geometry as data.
 */
export function toGraphml(graph: YuGraph, options: GraphmlOptions = {}): string {
  const sentences = graph.getAttribute('sentences');
  const NODE_KEYS = nodeKeys(graph, options);
  const nodeIds = xmlIds(graph.nodes());
  const edgeIds = xmlIds(graph.edges());
  const id = (ids: Map<string, string>, key: string) => ids.get(key) ?? key;

  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(GRAPHML_NS, 'graphml')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI_NS)
    .att(XSI_NS, 'xsi:schemaLocation', `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`);
  if (options.yed === true) root.att('http://www.w3.org/2000/xmlns/', 'xmlns:y', YFILES_NS);
  declareKeys(root, 'node', NODE_KEYS);
  declareKeys(root, 'edge', EDGE_KEYS);
  if (options.yed === true) declareYedKeys(root);
  const body = root.ele('graph', { id: 'yugraph', edgedefault: 'undirected' });
  graph.forEachNode((node, attributes) => {
    const element = body.ele('node', { id: id(nodeIds, node) });
    if (options.yed === true) writeYedNode(element, attributes);
    writeData(element, 'node', NODE_KEYS, attributes, sentences);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const element = body.ele('edge', { id: id(edgeIds, edge), source: id(nodeIds, source), target: id(nodeIds, target) });
    if (options.yed === true) writeYedEdge(element, attributes);
    writeData(element, 'edge', EDGE_KEYS, attributes, sentences);
  });
  return `${root.end({ prettyPrint: true })}\n`;
}
