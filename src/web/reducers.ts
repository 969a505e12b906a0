/**
 * Sigma's node and edge reducers: they turn graph attributes plus the current view (visible sets,
 * highlight, colouring) into display data. Selection and filtering only replace the view and call
 * `renderer.refresh()`; the graph itself is never rebuilt (the pattern of sigma's "use reducers" example).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, YuGraph } from '../core/graph-schema.js';
import { RELATION_COLORS } from '../core/palette.js';
import { linksOf } from '../core/query/links.js';
import type { ColorBy, ViewState } from './state.js';
import type { Visibility } from './visibility.js';

/**
 * Community colours share no hue with the type colours (Okabe–Ito, palette.ts): a node's colour
 * must read as one thing only. Mostly Paul Tol's muted tones, each at least 75 apart
 * (RGB distance) from every type colour and the grey of small communities.
 */
export const COMMUNITY_COLORS = [
  'rgb(51,34,136)', 'rgb(17,119,51)', 'rgb(136,34,85)', 'rgb(153,153,51)', 'rgb(102,51,0)', 'rgb(136,204,238)',
  'rgb(68,170,153)', 'rgb(221,204,119)', 'rgb(180,60,60)', 'rgb(140,90,200)', 'rgb(0,80,80)', 'rgb(0,0,0)',
];
/** Communities numbered from 0 by decreasing size: the ones that get a colour of their own. */
export const COMMUNITY_COUNT = COMMUNITY_COLORS.length;
/** Small communities share one neutral colour: more hues than this cannot be told apart. */
const OTHER_COMMUNITY = 'rgb(150,150,150)';
const DIMMED_NODE = 'rgb(222,222,226)';
const DIMMED_EDGE = 'rgb(236,236,238)';
/** Co-occurrence edges are many: a light grey keeps them behind the typed relations. */
const COOCCURS_EDGE = 'rgb(200,200,205)';
const COOCCURS_FOCUS = 'rgb(120,120,130)';
/** The page's accent blue: a path's edges stand out from every relation colour. */
const PATH_EDGE = 'rgb(11,99,182)';

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY;
}

export interface Highlight {
  /** The selected node, or both ends of the selected pair: drawn ringed and always labelled. */
  selected: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Draw the highlighted edges bold in the accent colour (a path, which is read hop by hop). */
  strong?: boolean;
}

export interface RenderView {
  visibility: Visibility;
  /** Null when nothing is selected: then nothing is dimmed. */
  highlight: Highlight | null;
  colorBy: ColorBy;
  /** Edge sizes are multiplied by this (camera.ts: steady on-screen widths as the camera zooms in). */
  edgeScale: number;
  /** Compare mode: node → status colour, overriding type and community colours. */
  statusColors?: ReadonlyMap<string, string> | null;
}

/** The selection and its visible neighbours, or the selected pair and the edges between them. */
export function computeHighlight(graph: YuGraph, visibility: Visibility, state: Pick<ViewState, 'node' | 'other'>): Highlight | null {
  const { node, other } = state;
  if (node === null || !graph.hasNode(node)) return null;
  if (other !== null && graph.hasNode(other)) {
    const pair = new Set([node, other]);
    const link = linksOf(graph, node).get(other);
    return { selected: pair, nodes: pair, edges: new Set(link?.edges.map((edge) => edge.key)) };
  }
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (!visibility.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { selected: new Set([node]), nodes, edges };
}

/** Edge thickness grows with the number of supporting sentences, gently: a few hubs have hundreds. */
function edgeSize(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(weight) * 0.9);
}

export function createReducers(getView: () => RenderView) {
  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const view = getView();
    // Only display fields are passed on: the entity's `type` attribute would otherwise be taken for a sigma program name.
    const base = { x: data.x, y: data.y, size: data.size, label: data.label, type: 'circle' };
    if (!view.visibility.nodes.has(node)) return { ...base, hidden: true };
    const color = view.statusColors?.get(node) ?? (view.colorBy === 'community' ? communityColor(data.community) : data.color);
    const { highlight } = view;
    if (highlight === null) return { ...base, color, zIndex: 1 };
    if (!highlight.nodes.has(node)) return { ...base, color: DIMMED_NODE, label: null, zIndex: 0 };
    // Every highlighted label is a candidate; labels.ts keeps those that fit without overlapping.
    const selected = highlight.selected.has(node);
    return { ...base, color, zIndex: selected ? 3 : 2, highlighted: selected, forceLabel: true };
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const view = getView();
    if (!view.visibility.edges.has(edge)) return { hidden: true };
    const typed = data.kind !== 'cooccurs';
    // Typed relations are directed: arrows show which way "part of" or "stands for" reads.
    const display = { size: (edgeSize(data.weight) + (typed ? 1 : 0)) * view.edgeScale, type: typed ? 'arrow' : 'line', zIndex: typed ? 1 : 0 };
    const { highlight } = view;
    // Dimmed edges thin out too: the hundreds around a hub otherwise merge into grey bands.
    if (highlight !== null && !highlight.edges.has(edge)) return { ...display, size: 0.5, color: DIMMED_EDGE, zIndex: 0 };
    if (highlight?.strong === true) return { ...display, size: Math.max(display.size, 3 * view.edgeScale), color: PATH_EDGE, zIndex: 3 };
    const color = typed ? RELATION_COLORS[data.kind] : highlight === null ? COOCCURS_EDGE : COOCCURS_FOCUS;
    return { ...display, color, zIndex: display.zIndex + (highlight === null ? 0 : 2) };
  };

  return { nodeReducer, edgeReducer };
}
