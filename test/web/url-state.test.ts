/**
 * The explorer's links round-trip through readUrl/toSearch on the seed graph, including document ids
 * with commas and an entity whose name is too long for a request line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphText, type YuGraph } from '../../src/core/graph-schema.js';
import { DEFAULT_STATE } from '../../src/web/state.js';
import { decodeList, encodeList, LONG_NAME, shortName } from '../../src/web/url-codec.js';
import { readUrl, toSearch } from '../../src/web/url-state.js';
import { ROOT } from '../cli/run-cli.js';

function seedGraph(): YuGraph {
  return parseGraphText(readFileSync(join(ROOT, 'graph/graph.json'), 'utf8'));
}

describe('url-codec', () => {
  it('round-trips list items holding commas and percent signs', () => {
    const items = ['a,b', '100%', '%2C literal', ',', '', '两江四岸,渝中区'];
    expect(decodeList(encodeList(items))).toEqual(items);
    // Plain ids are written as they are, so older links still read.
    expect(encodeList(['002_x', '003_y'])).toBe('002_x,003_y');
  });

  it('gives a stable 16-hex-digit short name that differs between keys', () => {
    expect(shortName('两江四岸')).toMatch(/^[0-9a-f]{16}$/);
    expect(shortName('两江四岸')).toBe(shortName('两江四岸'));
    expect(shortName('两江四岸')).not.toBe(shortName('两江四岸 '));
    // FNV-1a 64 of the empty input is its offset basis.
    expect(shortName('')).toBe('cbf29ce484222325');
  });
});

describe('links', () => {
  it('keep a document selection whose ids hold commas', () => {
    const graph = seedGraph();
    const documents = graph.getAttribute('documents');
    const [first, second] = documents;
    if (!first || !second) throw new Error('the seed graph has fewer than two documents');
    const odd = { ...first, id: '2021,工作报告,100%.txt' };
    graph.setAttribute('documents', [...documents, odd]);
    const state = { ...DEFAULT_STATE, docs: new Set([odd.id, second.id]) };
    const search = toSearch(state, graph);
    const read = readUrl(search, graph);
    expect(read.docs).toEqual(new Set([odd.id, second.id]));
    // Compare mode names documents by id too.
    const compare = { a: odd.id, b: second.id };
    expect(readUrl(toSearch({ ...DEFAULT_STATE, compare }, graph), graph).compare).toEqual(compare);
    // A link written before the escaping, with plain ids, reads the same.
    expect(readUrl(`?docs=${first.id},${second.id}`, graph).docs).toEqual(new Set([first.id, second.id]));
  });

  it('name a very long entity by its short name, short enough for any server', () => {
    const graph = seedGraph();
    const [key] = graph.nodes();
    if (key === undefined) throw new Error('the seed graph is empty');
    const long = '长'.repeat(20_000);
    graph.addNode(long, { ...graph.getNodeAttributes(key), label: long });
    graph.addEdge(long, key, { ...graph.getEdgeAttributes(graph.edges()[0] ?? '') });
    const search = toSearch({ ...DEFAULT_STATE, node: long, other: key }, graph);
    expect(search.length).toBeLessThan(200);
    expect(new URLSearchParams(search).get('n')).toBe(shortName(long));
    const read = readUrl(search, graph);
    expect(read.node).toBe(long);
    expect(read.other).toBe(key);
    // A short name keeps the readable form.
    expect(key.length).toBeLessThanOrEqual(LONG_NAME);
    expect(new URLSearchParams(toSearch({ ...DEFAULT_STATE, node: key }, graph)).get('node')).toBe(key);
    // An unknown short name is reported as missing, not resolved to some node.
    expect(readUrl('?n=0000000000000000', graph).node).toBeNull();
  });
});
