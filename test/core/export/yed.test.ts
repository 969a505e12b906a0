/**
 * GraphML with yEd's yFiles extensions, on the seed graph: the drawing is read back with Python's
 * ElementTree, the file with the shared validator and NetworkX, and the plain GraphML is checked to be
 * the same document without the yFiles parts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../../src/core/export/graphml.js';
import { hexColor, YED_SCALE } from '../../../src/core/export/yed.js';
import { parseGraph } from '../../../src/core/graph-schema.js';
import { RELATION_COLORS, TYPE_COLORS } from '../../../src/core/palette.js';
import { checkGraphml, python, tempFile } from './tools.js';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../../graph/graph.json', import.meta.url), 'utf8')));
const plain = toGraphml(graph);
const yed = toGraphml(graph, { yed: true });
const file = tempFile('seed-yed.graphml', yed);

interface Drawn {
  label: string | null;
  nodeLabel: string | null;
  fill: string | null;
  shape: string | null;
  geometry: number[];
}
interface Drawing {
  keys: Record<string, string>;
  nodes: Record<string, Drawn>;
  edges: { kind: string; color: string | null; target: string | null }[];
}

/** Every node's and edge's yFiles drawing, keyed by the node's GraphML id; data found through the declared keys. */
const READ_YFILES = `import json, sys, xml.etree.ElementTree as ET
G = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("yfiles.type") for k in root.iter(G + "key") if k.get("yfiles.type")}
by_type = {v: k for k, v in keys.items()}
def data(el, key):
    return next((d for d in el.findall(G + "data") if d.get("key") == key), None)
def attr(el, path, name):
    found = el.find(path) if el is not None else None
    return None if found is None else found.get(name)
nodes = {}
for n in root.iter(G + "node"):
    shape = data(n, by_type["nodegraphics"]).find(Y + "ShapeNode")
    geometry = shape.find(Y + "Geometry")
    nodes[n.get("id")] = {
        "label": data(n, "node_label").text,
        "nodeLabel": shape.findtext(Y + "NodeLabel"),
        "fill": attr(shape, Y + "Fill", "color"),
        "shape": attr(shape, Y + "Shape", "type"),
        "geometry": [float(geometry.get(a)) for a in ("x", "y", "width", "height")],
    }
edges = []
for e in root.iter(G + "edge"):
    line = data(e, by_type["edgegraphics"]).find(Y + "PolyLineEdge")
    edges.append({"kind": data(e, "edge_kind").text, "color": attr(line, Y + "LineStyle", "color"), "target": attr(line, Y + "Arrows", "target")})
print(json.dumps({"keys": keys, "nodes": nodes, "edges": edges}, ensure_ascii=False))`;

// The validator and two Python reads of the seed graph take 10–30 s on a loaded machine.
describe('GraphML for yEd (--yed)', { timeout: 120_000 }, () => {
  it('gives every node a labelled ellipse filled by its type, at its own place', () => {
    const drawing = python(READ_YFILES, file) as Drawing;
    expect(Object.values(drawing.keys).sort()).toEqual(['edgegraphics', 'nodegraphics']);
    expect(Object.keys(drawing.nodes).length).toBe(graph.order);
    const places = new Set<string>();
    graph.forEachNode((node, attributes) => {
      const drawn = Object.values(drawing.nodes).find((candidate) => candidate.label === attributes.label);
      expect(drawn, node).toBeDefined();
      expect(drawn?.nodeLabel, node).toBe(attributes.label);
      expect(drawn?.nodeLabel?.trim(), node).not.toBe('');
      expect(drawn?.fill, node).toBe(hexColor(TYPE_COLORS[attributes.type]));
      expect(drawn?.shape, node).toBe('ellipse');
      const [x = NaN, y = NaN, width = NaN, height = NaN] = drawn?.geometry ?? [];
      expect(width, node).toBeGreaterThan(0);
      expect(height, node).toBe(width);
      // Geometry is the top-left corner; the centre is the layout position scaled, y flipped
      // (yEd's y grows downward), to the file's one decimal.
      places.add(`${x},${y}`);
      expect(Math.abs(x + width / 2 - attributes.x * YED_SCALE), node).toBeLessThanOrEqual(0.1);
      expect(Math.abs(y + height / 2 + attributes.y * YED_SCALE), node).toBeLessThanOrEqual(0.1);
      expect(width, node).toBeCloseTo(2 * attributes.size * YED_SCALE, 1);
    });
    expect(places.size).toBe(graph.order);
    expect(drawing.edges.length).toBe(graph.size);
    for (const edge of drawing.edges) {
      expect(edge.color).toBe(hexColor(RELATION_COLORS[edge.kind as keyof typeof RELATION_COLORS]));
      expect(edge.target).toBe(edge.kind === 'cooccurs' ? 'none' : 'standard');
    }
  });

  it('passes the shared validator, and NetworkX reads the typed label and layout, not the drawing’s', () => {
    const check = checkGraphml(file, graph.order, graph.size);
    expect(check.output).toContain('RESULT: OK');
    expect(check.status).toBe(0);
    const read = python(
      'import json, sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(json.dumps(dict(g.nodes(data=True)), ensure_ascii=False))',
      file,
    ) as Record<string, Record<string, unknown>>;
    const byLabel = new Map(Object.values(read).map((data) => [data.label, data]));
    graph.forEachNode((node, attributes) => {
      expect(byLabel.get(attributes.label), node).toMatchObject({ x: attributes.x, y: attributes.y, type: attributes.type, shape_type: 'ellipse' });
    });
  });

  it('writes palette colours as yEd’s #RRGGBB', () => {
    expect(hexColor(TYPE_COLORS.place)).toBe('#0072B2');
    expect(hexColor('rgb(255,0,15)')).toBe('#FF000F');
    expect(hexColor('steelblue')).toBe('#000000');
  });

  it('leaves the plain GraphML as it was: the same document without the yFiles parts', () => {
    expect(plain).not.toContain('yworks');
    expect(plain).not.toContain('<y:');
    const stripped = yed
      .replace(` xmlns:y="http://www.yworks.com/xml/graphml"`, '')
      .replace(/^ *<key [^>]*yfiles\.type="[a-z]+"\/>\n/gm, '')
      .replace(/^ *<data key="(?:node|edge)_graphics">\n[\s\S]*?<\/data>\n/gm, '');
    expect(stripped).toBe(plain);
    expect(yed.length).toBeGreaterThan(plain.length);
  });
});
