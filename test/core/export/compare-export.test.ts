/**
 * Mentions per document and a comparison's status as export attributes, on the seed graph, read
 * back by the shared validators and by NetworkX and Python's csv module.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/export/csv.js';
import { toGexf } from '../../../src/core/export/gexf.js';
import { toGraphml } from '../../../src/core/export/graphml.js';
import { parseGraph } from '../../../src/core/graph-schema.js';
import { compareDocuments } from '../../../src/core/query/compare.js';
import { checkGexf, checkGraphml, python, tempFile } from './tools.js';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../../graph/graph.json', import.meta.url), 'utf8')));
const comparison = compareDocuments(graph, ['002_2628194e4fe465e0'], ['004_2fd9c68ee52552db']);
const DOCS = graph.getAttribute('documents').map((doc) => doc.id);
const status = new Map(comparison.entities.map((change) => [change.id, change.status]));

type Nodes = Record<string, Record<string, unknown>>;

/** Every node's status and per-document mentions must be what the graph and the comparison say. */
function expectAttributes(nodes: Nodes): void {
  expect(Object.keys(nodes).length).toBe(graph.order);
  graph.forEachNode((id, attributes) => {
    const read = nodes[id];
    expect(read?.compare_status, id).toBe(status.get(id) ?? 'absent');
    for (const doc of DOCS) expect(Number(read?.[`mentions_${doc}`]), `${id} in ${doc}`).toBe(attributes.mentionsByDoc?.[doc] ?? 0);
  });
}

const READ_NODES = (reader: string) => `import json, sys, networkx as nx\ng = nx.${reader}(sys.argv[1])\nprint(json.dumps({d.get("label", n): d for n, d in g.nodes(data=True)}, ensure_ascii=False))`;

// Each validator run on the seed graph (xmllint with two schemas, NetworkX) takes 10–20 s on a loaded machine.
describe('exports with mentions per document and a comparison', { timeout: 120_000 }, () => {
  it('GEXF passes the shared validator and NetworkX reads every status and count', () => {
    const file = tempFile('compare.gexf', toGexf(graph, { comparison }));
    const check = checkGexf(file, graph.order, graph.size);
    expect(check.output).toContain('RESULT: OK');
    expectAttributes(python(READ_NODES('read_gexf'), file) as Nodes);
    expect(readFileSync(file, 'utf8')).toContain(`<attribute id="mentions_${DOCS[0] ?? ''}" title="mentions_${DOCS[0] ?? ''}" type="integer"/>`);
  });

  it('GraphML passes the shared validator and NetworkX reads every status and count', () => {
    const file = tempFile('compare.graphml', toGraphml(graph, { comparison }));
    expect(checkGraphml(file, graph.order, graph.size).output).toContain('RESULT: OK');
    expectAttributes(python(READ_NODES('read_graphml'), file) as Nodes);
  });

  it('CSV has a typed column per document and the status', () => {
    const rows = python(
      'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f: print(json.dumps(list(csv.reader(f)), ensure_ascii=False))',
      tempFile('nodes.csv', toCsv(graph, { comparison }).nodes),
    ) as string[][];
    const [header = [], ...body] = rows;
    for (const doc of DOCS) expect(header).toContain(`mentions_${doc}:int`);
    expect(header).toContain('compare_status');
    const nodes: Nodes = {};
    for (const row of body) {
      const entry = Object.fromEntries(header.map((name, index) => [name.replace(/:\w+$/, ''), row[index]]));
      nodes[String(entry['id'])] = entry;
    }
    expectAttributes(nodes);
  });

  it('without a comparison has the per-document counts but no status', () => {
    const xml = toGexf(graph);
    expect(xml).toContain(`title="mentions_${DOCS[0] ?? ''}"`);
    expect(xml).not.toContain('compare_status');
  });
});
