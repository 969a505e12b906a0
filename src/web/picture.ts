/**
 * Pictures people can use elsewhere: the PNG carries a title (the page's, and the selection), the
 * legend of what the colours mean and the documents the shown entities come from, at the size
 * chosen (the view as on screen, twice that, or the whole shown graph); the SVG draws the same
 * nodes, edges and labels as vector shapes.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { RELATION_COLORS, TYPE_COLORS } from '../core/palette.js';
import { ENTITY_TYPES } from '../core/types.js';
import { renderGraphCanvas, saveBlob } from './download.js';
import { documentIndex, documentLabel } from './evidence.js';
import { relationName, t, typeName } from './i18n.js';
import { communityColor } from './reducers.js';
import type { Renderer } from './renderer.js';
import type { ViewState } from './state.js';
import type { Visibility } from './visibility.js';

export type PictureSize = 'view' | 'view2' | 'whole';

/** With nothing selected, the SVG labels this many of the most mentioned shown entities. */
const SVG_LABELS = 40;

interface Key { color: string; label: string; line?: boolean }

/** What the colours mean in the picture: types (or the largest communities) and the relations shown. */
function legendKeys(graph: YuGraph, state: ViewState, visibility: Visibility): Key[] {
  const keys: Key[] = [];
  if (state.colorBy === 'community') {
    const tops = new Map<number, { label: string; mentions: number }>();
    for (const node of visibility.nodes) {
      const { community, label, mentions } = graph.getNodeAttributes(node);
      const top = tops.get(community);
      if (!top || mentions > top.mentions) tops.set(community, { label, mentions });
    }
    for (const [community, top] of [...tops].sort((a, b) => a[0] - b[0]).slice(0, 8)) keys.push({ color: communityColor(community), label: top.label });
  } else {
    const present = new Set([...visibility.nodes].map((node) => graph.getNodeAttribute(node, 'type')));
    for (const type of ENTITY_TYPES) if (present.has(type)) keys.push({ color: TYPE_COLORS[type], label: typeName(type) });
  }
  const kinds = new Set([...visibility.edges].map((edge) => graph.getEdgeAttribute(edge, 'kind')));
  for (const kind of kinds) keys.push({ color: RELATION_COLORS[kind], label: relationName(kind), line: true });
  return keys;
}

/** Titles of the documents behind the shown entities, in corpus order. */
function sources(graph: YuGraph, visibility: Visibility): string[] {
  const used = new Set<string>();
  for (const node of visibility.nodes) for (const doc of graph.getNodeAttribute(node, 'docs')) used.add(doc);
  return [...documentIndex(graph).values()].filter(({ meta }) => used.has(meta.id)).map(({ meta }) => documentLabel(meta));
}

function title(graph: YuGraph, state: ViewState): string {
  const name = state.node === null ? null : graph.getNodeAttribute(state.node, 'label');
  return name === null ? t('title') : `${t('title')} · ${name}`;
}

export async function downloadPicture(renderer: Renderer, graph: YuGraph, state: ViewState, visibility: Visibility, size: PictureSize): Promise<void> {
  const scale = size === 'view' ? 1 : 2;
  const drawing = renderGraphCanvas(renderer, scale, size === 'whole' ? visibility.nodes : undefined);
  const ratio = drawing.width / (renderer.getDimensions().width * scale);
  const px = (value: number) => Math.round(value * ratio * Math.max(1, scale * 0.75));
  const keys = legendKeys(graph, state, visibility);
  const docs = sources(graph, visibility);
  const header = px(40);
  const line = px(20);
  const footer = px(16) + line * (1 + Math.ceil(keys.length / 4) + docs.length);
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width;
  canvas.height = header + drawing.height + footer;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const font = getComputedStyle(document.body).fontFamily;
  context.fillStyle = '#1f2328';
  context.textBaseline = 'middle';
  context.font = `700 ${px(18)}px ${font}`;
  context.fillText(title(graph, state), px(14), header / 2);
  context.drawImage(drawing, 0, header);
  let y = header + drawing.height + px(8) + line / 2;
  context.font = `${px(13)}px ${font}`;
  const column = canvas.width / 4;
  keys.forEach((key, index) => {
    const x = px(14) + (index % 4) * column;
    const rowY = y + Math.floor(index / 4) * line;
    context.fillStyle = key.color;
    if (key.line) context.fillRect(x, rowY - px(2), px(16), px(4));
    else {
      context.beginPath();
      context.arc(x + px(6), rowY, px(6), 0, Math.PI * 2);
      context.fill();
    }
    context.fillStyle = '#1f2328';
    context.fillText(key.label, x + px(22), rowY, column - px(30));
  });
  y += Math.ceil(keys.length / 4) * line;
  context.fillStyle = '#5b6470';
  context.fillText(t('picture.sources'), px(14), y);
  for (const doc of docs) {
    y += line;
    context.fillText(`· ${doc}`, px(24), y, canvas.width - px(38));
  }
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((result) => { if (result) resolve(result); else reject(new Error('the PNG could not be encoded')); }, 'image/png');
  });
  saveBlob(blob, 'yugraph.png');
}

/** The shown nodes, edges and labels as SVG, at their on-screen positions; names go in as text nodes. */
export function downloadSvg(renderer: Renderer, graph: YuGraph, state: ViewState, visibility: Visibility): void {
  const NS = 'http://www.w3.org/2000/svg';
  const { width, height } = renderer.getDimensions();
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('xmlns', NS);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const add = (parent: Element, tag: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  };
  add(svg, 'rect', { width, height, fill: '#ffffff' });
  add(svg, 'title', {}, title(graph, state));
  const at = (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    return data ? { ...renderer.framedGraphToViewport(data), size: renderer.scaleSize(data.size), color: data.color, label: data.label } : null;
  };
  const edges = add(svg, 'g', { 'stroke-linecap': 'round' });
  for (const edge of visibility.edges) {
    const data = renderer.getEdgeDisplayData(edge);
    const [a, b] = graph.extremities(edge).map(at);
    if (!data || data.hidden || !a || !b) continue;
    add(edges, 'line', { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), stroke: data.color, 'stroke-width': Math.max(0.5, renderer.scaleSize(data.size)).toFixed(2) });
  }
  // Labelled: the highlighted nodes, or with nothing selected the most mentioned, as the canvas does.
  const named = new Set([...visibility.nodes].sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions')).slice(0, SVG_LABELS));
  const nodes = add(svg, 'g', {});
  const labels = add(svg, 'g', { 'font-family': getComputedStyle(document.body).fontFamily, 'font-size': 13, fill: '#1f2328' });
  for (const node of visibility.nodes) {
    const point = at(node);
    if (!point || point.x < -50 || point.y < -50 || point.x > width + 50 || point.y > height + 50) continue;
    add(nodes, 'circle', { cx: point.x.toFixed(1), cy: point.y.toFixed(1), r: point.size.toFixed(1), fill: point.color });
    if (point.label && (state.node === null ? named.has(node) : renderer.getNodeDisplayData(node)?.forceLabel === true)) {
      add(labels, 'text', { x: (point.x + point.size + 3).toFixed(1), y: (point.y + 4).toFixed(1) }, point.label);
    }
  }
  saveBlob(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }), 'yugraph.svg');
}
