/**
 * yFiles extensions for GraphML, so yEd draws the graph as laid out: per node a `y:ShapeNode`
 * (ellipse, fill by entity type, label, geometry from the layout), per edge a `y:PolyLineEdge`
 * (colour by relation, an arrow on typed relations). Elements and attributes follow yEd's own
 * files (namespace http://www.yworks.com/xml/graphml); other readers skip them: NetworkX, which
 * reads a ShapeNode's label and geometry, is given our typed `label`, `x` and `y` after them.
 */
import type { create } from 'xmlbuilder2';
import type { EdgeAttributes, NodeAttributes } from '../graph-schema.js';
import { RELATION_COLORS, TYPE_COLORS } from '../palette.js';
import { xmlSafe } from './fields.js';

type XMLBuilder = ReturnType<typeof create>;

export const YFILES_NS = 'http://www.yworks.com/xml/graphml';
/** Key ids of the yFiles data, declared by `declareYedKeys`. */
export const YED_NODE_KEY = 'node_graphics';
export const YED_EDGE_KEY = 'edge_graphics';

/**
 * Layout units to yEd pixels. The ForceAtlas2 layout spans about ±1200 units on the seed graph
 * with node sizes 5–26; doubling both leaves room for the labels (yEd's default font is 12 px).
 */
export const YED_SCALE = 2;

/** `rgb(r,g,b)` (the palette's form) as yEd's `#RRGGBB`; black for anything else. */
export function hexColor(color: string): string {
  const match = /^rgb\((\d{1,3}),(\d{1,3}),(\d{1,3})\)$/.exec(color);
  if (!match) return '#000000';
  return `#${match.slice(1).map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

/** One decimal: enough for pixels, and no float noise in the file. */
const px = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(1)) : 0);

export function declareYedKeys(root: XMLBuilder): void {
  root.ele('key', { for: 'node', id: YED_NODE_KEY, 'yfiles.type': 'nodegraphics' });
  root.ele('key', { for: 'edge', id: YED_EDGE_KEY, 'yfiles.type': 'edgegraphics' });
}

/**
 * Appends `<data key="node_graphics"><y:ShapeNode>…` to a `<node>`. Geometry is yEd's top-left
 * corner and size in pixels: the layout's centre (x, y) scaled by YED_SCALE with y flipped (the layout's
 * y grows upward, yEd's downward), a circle of diameter 2 × size × YED_SCALE.
 */
export function writeYedNode(element: XMLBuilder, attributes: NodeAttributes): void {
  const diameter = px(2 * attributes.size * YED_SCALE);
  const shape = element.ele('data', { key: YED_NODE_KEY }).ele(YFILES_NS, 'y:ShapeNode');
  shape.ele(YFILES_NS, 'y:Geometry', {
    x: String(px(attributes.x * YED_SCALE - diameter / 2)),
    y: String(px(-attributes.y * YED_SCALE - diameter / 2)),
    width: String(diameter),
    height: String(diameter),
  });
  shape.ele(YFILES_NS, 'y:Fill', { color: hexColor(TYPE_COLORS[attributes.type]), transparent: 'false' });
  shape.ele(YFILES_NS, 'y:BorderStyle', { color: '#FFFFFF', type: 'line', width: '1.0' });
  shape.ele(YFILES_NS, 'y:NodeLabel', { modelName: 'sides', modelPosition: 's' }).txt(xmlSafe(attributes.label));
  shape.ele(YFILES_NS, 'y:Shape', { type: 'ellipse' });
}

/** Appends `<data key="edge_graphics"><y:PolyLineEdge>…` to an `<edge>`; typed relations point source → target. */
export function writeYedEdge(element: XMLBuilder, attributes: EdgeAttributes): void {
  const line = element.ele('data', { key: YED_EDGE_KEY }).ele(YFILES_NS, 'y:PolyLineEdge');
  line.ele(YFILES_NS, 'y:LineStyle', { color: hexColor(RELATION_COLORS[attributes.kind]), type: 'line', width: '1.0' });
  line.ele(YFILES_NS, 'y:Arrows', { source: 'none', target: attributes.kind === 'cooccurs' ? 'none' : 'standard' });
}
