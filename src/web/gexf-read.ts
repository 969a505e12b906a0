/**
 * A GEXF file written by yugraph (`yugraph build`, `yugraph export --format gexf`, the explorer's
 * download) back into a yugraph graph, in the browser. GEXF keeps each entity's type, aliases,
 * mentions, documents and community, and each edge's relation, direction, NPMI, sentence ids and
 * first sentence (fields.ts): the other sentences' texts and the documents' titles are not in the
 * file, so the panel shows document ids and one sentence per link. A GEXF without yugraph's `type`
 * attribute is refused with the node it stopped at.
 */
import type Graph from 'graphology';
import { MultiGraph } from 'graphology';
// @ts-expect-error TS7016: the module ships no typings; parse(Graph, text) returns a graphology graph.
import untypedParse from 'graphology-gexf/browser/parser.js';
import { GRAPH_FORMAT_VERSION, GraphFormatError, parseGraph, type SerializedYuGraph, type YuGraph } from '../core/graph-schema.js';
import { LIST_SEPARATOR } from '../core/export/fields.js';
import { TYPE_COLORS } from '../core/palette.js';
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../core/types.js';
import { documentOf } from '../core/sentence-id.js';

type Attributes = Record<string, unknown>;
const parseGexf = untypedParse as (constructor: typeof MultiGraph, source: string) => Graph;

const list = (value: unknown) => (typeof value === 'string' && value !== '' ? value.split(LIST_SEPARATOR) : []);
const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** Throws GraphFormatError (the page shows its message) for XML that is not GEXF or not yugraph's. */
export function readGexf(text: string, name: string): YuGraph {
  let parsed: Graph;
  try {
    parsed = parseGexf(MultiGraph, text);
  } catch (error) {
    throw new GraphFormatError(`not a readable GEXF file: ${(error as Error).message}`);
  }
  const sentences: Record<string, { doc: string; start: number; end: number; text: string }> = {};
  const docs = new Set<string>();
  const nodes = parsed.mapNodes((key, attributes: Attributes) => {
    const type = attributes.type;
    if (typeof type !== 'string' || !ENTITY_TYPES.includes(type as EntityType)) {
      throw new GraphFormatError(`node ${key} has no yugraph type (one of ${ENTITY_TYPES.join(', ')}): not a GEXF written by yugraph`);
    }
    const nodeDocs = list(attributes.docs);
    for (const doc of nodeDocs) docs.add(doc);
    return {
      key,
      attributes: {
        label: typeof attributes.label === 'string' ? attributes.label : key,
        type: type as EntityType,
        aliases: list(attributes.aliases),
        mentions: number(attributes.mentions, 1),
        docs: nodeDocs,
        sentences: [],
        x: number(attributes.x, 0),
        y: number(attributes.y, 0),
        size: number(attributes.size, 3),
        color: typeof attributes.color === 'string' ? attributes.color : TYPE_COLORS[type as EntityType],
        community: number(attributes.community, 0),
      },
    };
  });
  const edges = parsed.mapEdges((key, attributes: Attributes, source, target) => {
    const kind = attributes.relation;
    if (typeof kind !== 'string' || !RELATION_KINDS.includes(kind as RelationKind)) {
      throw new GraphFormatError(`edge ${key} has no yugraph relation: not a GEXF written by yugraph`);
    }
    const evidence = list(attributes.sentences);
    const [first] = evidence;
    if (first !== undefined && typeof attributes.evidence === 'string' && !(first in sentences)) {
      sentences[first] = { doc: documentOf(first), start: 0, end: attributes.evidence.length, text: attributes.evidence };
    }
    return {
      key,
      source,
      target,
      undirected: attributes.directed !== true,
      attributes: { kind: kind as RelationKind, weight: number(attributes.evidence_count, evidence.length), npmi: number(attributes.npmi, 0), evidence },
    };
  });
  const serialized = {
    options: { type: 'mixed', multi: false, allowSelfLoops: false },
    attributes: { name, formatVersion: GRAPH_FORMAT_VERSION, documents: [...docs].sort().map((id) => ({ id, file: id, title: id })), sentences },
    nodes,
    edges,
  } as SerializedYuGraph;
  return parseGraph(serialized);
}
