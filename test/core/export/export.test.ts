import fc from 'fast-check';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/export/csv.js';
import { LIST_SEPARATOR, xmlAttributeSafe, xmlIds, xmlSafe } from '../../../src/core/export/fields.js';
import { filterGraph } from '../../../src/core/export/filter.js';
import { toGexf } from '../../../src/core/export/gexf.js';
import { toGraphml } from '../../../src/core/export/graphml.js';
import { toJson } from '../../../src/core/export/json.js';
import { isStorableKey, parseGraph, type YuGraph } from '../../../src/core/graph-schema.js';
import { edge, node, smallGraph } from '../query/small-graph.js';
import { checkGexf, checkGraphml, python, tempFile, wellFormed } from './tools.js';

const graph = smallGraph();

/** A graph whose names and sentences carry everything XML and CSV must escape or drop. */
function hostileGraph(): YuGraph {
  const hostile = smallGraph();
  hostile.addNode('A<&>"\'\u0001\u0008\uFFFE', node('A<&>"\'\u0001\u0008\uFFFE', 'organization', 2, ['x,y;z', '=HYPERLINK("http://evil")']));
  hostile.addNode('A<&>"\'', node('A<&>"\'', 'organization', 1));
  hostile.addNode('=1+2', node('=1+2', 'slogan', 1, ['-3', '@x']));
  hostile.setAttribute('sentences', { ...hostile.getAttribute('sentences'), 'doc_a#99': { doc: 'doc_a', start: 0, end: 9, text: 'bad \u0000 "quoted", line\nbreak <tag> &amp;' } });
  hostile.addUndirectedEdgeWithKey('cooccurs:=1+2|A<&>"\'\u0001\u0008\uFFFE', '=1+2', 'A<&>"\'\u0001\u0008\uFFFE', edge('cooccurs', ['doc_a#99'], -0.5));
  hostile.addDirectedEdgeWithKey('part_of:A<&>"\'>=1+2', 'A<&>"\'', '=1+2', edge('part_of', ['doc_a#99']));
  return hostile;
}

describe('GEXF', () => {
  const xml = toGexf(graph);

  it('passes the shared validator (XSD, RELAX NG, NetworkX)', () => {
    const result = checkGexf(tempFile('small.gexf', xml), graph.order, graph.size);
    expect(result.output).toContain('RESULT: OK');
    expect(result.status).toBe(0);
  });

  it('is GEXF 1.3, undirected, with typed attribute declarations', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('<graph defaultedgetype="undirected">');
    expect(xml).not.toMatch(/<edge [^>]*type=/);
    for (const [name, type] of [['mentions', 'integer'], ['community', 'integer'], ['aliases', 'string'], ['npmi', 'double'], ['directed', 'boolean'], ['evidence_count', 'integer']]) {
      expect(xml).toContain(`<attribute id="${name}" title="${name}" type="${type}"/>`);
    }
    expect(xml).not.toMatch(/<attribute id="(color|size|x|y|shape)"/);
  });

  it('declares npmi a double even when every value is a whole number', () => {
    const whole = smallGraph();
    whole.forEachEdge((key) => { whole.setEdgeAttribute(key, 'npmi', 1); });
    expect(toGexf(whole)).toContain('<attribute id="npmi" title="npmi" type="double"/>');
  });

  it('round-trips through graphology-gexf with the same nodes, edges and attributes', () => {
    const back = parse(Graph, xml);
    const sentences = graph.getAttribute('sentences');
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const expected: Record<string, unknown> = {
        label: a.label, type: a.type, mentions: a.mentions, documents: a.docs.length, docs: a.docs.join(LIST_SEPARATOR),
        community: a.community, color: a.color, size: a.size, x: a.x, y: a.y,
      };
      // Empty values are left out of GEXF, so an entity without aliases has no aliases attribute.
      if (a.aliases.length > 0) expected.aliases = a.aliases.join(LIST_SEPARATOR);
      if (a.adcode !== undefined) expected.adcode = a.adcode;
      expect(back.getNodeAttributes(key)).toEqual(expected);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      expect(back.getEdgeAttributes(key)).toEqual({
        kind: a.kind, relation: a.kind, weight: a.weight, directed: a.kind !== 'cooccurs', npmi: a.npmi,
        evidence_count: a.evidence.length, evidence: sentences[a.evidence[0] ?? '']?.text, sentences: a.evidence.join(LIST_SEPARATOR),
        color: expect.stringMatching(/^rgb\(\d+,\d+,\d+\)$/) as unknown,
      });
    });
  });

  it('keeps the typed relation direction as source → target', () => {
    expect(xml).toMatch(/<edge id="part_of:两江新区(>|&gt;)重庆" source="两江新区" target="重庆" weight="2" kind="part_of">/);
  });
});

describe('GraphML', () => {
  const xml = toGraphml(graph);

  it('passes the shared validator (NetworkX, igraph)', () => {
    const result = checkGraphml(tempFile('small.graphml', xml), graph.order, graph.size);
    expect(result.output).toContain('RESULT: OK');
    expect(result.status).toBe(0);
  });

  it('carries typed values that NetworkX reads back as such', () => {
    const read = python(
      'import json, sys, networkx as nx\n'
      + 'g = nx.read_graphml(sys.argv[1])\n'
      + 'print(json.dumps({"nodes": dict(g.nodes(data=True)), "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}, ensure_ascii=False))',
      tempFile('typed.graphml', xml),
    ) as { nodes: Record<string, Record<string, unknown>>; edges: [string, string, Record<string, unknown>][] };
    expect(read.nodes['渝中区']).toEqual({ label: '渝中区', type: 'place', mentions: 10, documents: 1, docs: 'doc_a', community: 0, color: 'rgb(0,114,178)', size: 3, x: 10, y: -10 });
    expect(read.nodes['重庆']?.aliases).toBe('重庆市');
    // A string, so leading zeros would survive; NetworkX does not guess a number from it.
    expect(read.nodes['重庆']?.adcode).toBe('500000');
    const partOf = read.edges.find(([, , data]) => data.kind === 'part_of');
    expect(partOf).toEqual(['两江新区', '重庆', { kind: 'part_of', weight: 2, directed: true, npmi: 0, evidence_count: 2, evidence: '两江新区是重庆的国家级新区。', sentences: 'doc_a#7;doc_a#8' }]);
    const negative = read.edges.find(([, , data]) => data.npmi === -0.2);
    expect(negative?.[2].directed).toBe(false);
  });
});

/** Python's csv module as the reference RFC 4180 reader (utf-8-sig strips the BOM). */
function readCsv(text: string): string[][] {
  return python(
    'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f: print(json.dumps(list(csv.reader(f)), ensure_ascii=False))',
    tempFile('table.csv', text),
  ) as string[][];
}

describe('CSV', () => {
  it('writes neo4j-admin headers, a BOM and CRLF rows', () => {
    const { nodes, edges } = toCsv(graph);
    expect(nodes.startsWith('\uFEFFid:ID,:LABEL,label,type,aliases:string[],mentions:int,documents:int,docs:string[],community:int,adcode\r\n')).toBe(true);
    expect(edges.startsWith('\uFEFF:START_ID,:END_ID,:TYPE,weight:int,directed:boolean,npmi:double,evidence_count:int,evidence,sentences:string[]\r\n')).toBe(true);
    const nodeRows = readCsv(nodes);
    expect(nodeRows).toHaveLength(graph.order + 1);
    expect(nodeRows).toContainEqual(['重庆', 'Entity;Place', '重庆', 'place', '重庆市', '30', '1', 'doc_a', '0', '500000']);
    const edgeRows = readCsv(edges);
    expect(edgeRows).toHaveLength(graph.size + 1);
    expect(edgeRows).toContainEqual(['两江新区', '重庆', 'PART_OF', '2', 'true', '0', '2', '两江新区是重庆的国家级新区。', 'doc_a#7;doc_a#8']);
    // Numbers are never neutralised: npmi can be negative.
    expect(edgeRows.find((row) => row[1] === '重庆' && row[0] === '成渝地区双城经济圈')?.[5]).toBe('-0.2');
  });

  it('quotes per RFC 4180 and neutralises formula-like text cells', () => {
    const { nodes, edges } = toCsv(hostileGraph());
    const nodeRows = readCsv(nodes);
    expect(nodeRows).toContainEqual(["'=1+2", 'Entity;Slogan', "'=1+2", 'slogan', "'-3;@x", '1', '1', 'doc_a', '0', '']);
    const hostileRow = nodeRows.find((row) => row[0]?.startsWith('A<&>"\'\u0001'));
    expect(hostileRow?.[4]).toBe('x,y；z;=HYPERLINK("http://evil")');
    const edgeRows = readCsv(edges);
    expect(edgeRows).toContainEqual(["'=1+2", 'A<&>"\'\u0001\u0008\uFFFE', 'COOCCURS', '1', 'false', '-0.5', '1', 'bad \u0000 "quoted", line\nbreak <tag> &amp;', 'doc_a#99']);
    // START/END ids match the neutralised node ids.
    expect(edgeRows.find((row) => row[2] === 'PART_OF' && row[1] === "'=1+2")?.[0]).toBe('A<&>"\'');
  });
});

describe('JSON', () => {
  it('is graphology’s serialization, readable by parseGraph', () => {
    const back = parseGraph(JSON.parse(JSON.stringify(toJson(graph))));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('重庆')).toEqual(graph.getNodeAttributes('重庆'));
    expect(back.isDirected('part_of:两江新区>重庆')).toBe(true);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('is refused by parseGraph, with the node named, when a node is named like a JavaScript object member', () => {
    const data = toJson(graph);
    const renamed = JSON.parse(JSON.stringify(data).replaceAll('"重庆"', '"constructor"')) as unknown;
    expect(() => parseGraph(renamed)).toThrow('node "constructor", field key: named like a JavaScript object member');
  });
});

describe('filterGraph', () => {
  it('keeps the chosen types and strong edges, and only the sentences still referred to', () => {
    const places = filterGraph(graph, { types: ['place'], minWeight: 2 });
    expect(places.nodes().sort()).toEqual(['两江新区', '孤岛', '广阳岛', '渝中区', '重庆']);
    expect(places.edges()).toEqual(['part_of:两江新区>重庆']);
    expect(Object.keys(places.getAttribute('sentences')).every((id) => places.someNode((_n, a) => a.sentences.includes(id)))).toBe(true);
    expect(places.getAttribute('sentences')['doc_a#3']).toBeUndefined();
    expect(graph.order).toBe(9);
    const reloaded = parseGraph(JSON.parse(JSON.stringify(toJson(places))));
    expect(reloaded.order).toBe(5);
  });

  it('returns the graph itself when nothing is filtered', () => {
    expect(filterGraph(graph, {})).toBe(graph);
  });
});

describe('XML safety', () => {
  it('drops characters XML cannot carry and keeps ids unique', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\uD800f\uFFFEg😀')).toBe('abc\td\nefg😀');
    const ids = xmlIds(['x\u0001', 'x', 'x\u0002']);
    expect(new Set(ids.values()).size).toBe(3);
    expect(ids.get('x')).toBe('x');
    const blank = xmlIds(['\u0000', '\u0001']);
    expect([...blank.values()].every((id) => id !== '')).toBe(true);
    expect(new Set(blank.values()).size).toBe(2);
    // Readers turn a line break in an attribute into a space: the broken key must not take the spaced key's id.
    const broken = xmlIds(['a\nb', 'a b']);
    expect(broken.get('a b')).toBe('a b');
    expect(broken.get('a\nb')).not.toBe('a b');
  });

  it('writes hostile names and sentences as valid GEXF and GraphML', () => {
    const hostile = hostileGraph();
    expect(checkGexf(tempFile('hostile.gexf', toGexf(hostile)), hostile.order, hostile.size).status).toBe(0);
    expect(checkGraphml(tempFile('hostile.graphml', toGraphml(hostile)), hostile.order, hostile.size).status).toBe(0);
  });

  it('produces well-formed XML for arbitrary labels, aliases and sentences', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 30 }), fc.constantFrom('<', '&', '"', "'", ']]>', '\u0000', '\r\n'));
    fc.assert(fc.property(fc.uniqueArray(text.filter(isStorableKey), { minLength: 2, maxLength: 5 }), text, (labels, sentence) => {
      const g = smallGraph();
      g.setAttribute('sentences', { ...g.getAttribute('sentences'), 'doc_a#50': { doc: 'doc_a', start: 0, end: 1, text: sentence } });
      for (const label of labels) g.addNode(label, node(label, 'program', 1, [sentence]));
      const [first, second] = labels;
      if (first !== undefined && second !== undefined) g.addUndirectedEdgeWithKey(`cooccurs:${first}|${second}`, first, second, edge('cooccurs', ['doc_a#50']));
      const gexf = toGexf(g);
      const graphml = toGraphml(g);
      expect(wellFormed(gexf).status).toBe(0);
      expect(wellFormed(graphml).status).toBe(0);
      // graphology-gexf reads it back with every entity and its cleaned label.
      const back = parse(Graph, gexf);
      expect(back.order).toBe(g.order);
      expect(back.size).toBe(g.size);
      const backLabels = new Set(back.mapNodes((_key, a) => a.label as string | undefined));
      for (const label of labels) if (xmlAttributeSafe(label) !== '') expect(backLabels.has(xmlAttributeSafe(label))).toBe(true);
    }), { numRuns: 60 });
  });
});
