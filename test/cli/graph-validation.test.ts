/**
 * Graph files that are JSON but not a valid yugraph graph: every command refuses them with exit 2,
 * naming the node (or edge) and the field, instead of dying inside a view with a TypeError.
 * Each case is the seed graph with one field broken.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { ROOT, runCli } from './run-cli.js';

const SEED_GRAPH = readFileSync(join(ROOT, 'graph', 'graph.json'), 'utf8');
let dir: string;
let cases = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-validation-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The seed graph after `change`, written to a file of its own. */
function brokenGraph(change: (graph: SerializedYuGraph) => void): string {
  const graph = JSON.parse(SEED_GRAPH) as SerializedYuGraph;
  change(graph);
  const file = join(dir, `graph-${++cases}.json`);
  writeFileSync(file, JSON.stringify(graph));
  return file;
}

const node = (graph: SerializedYuGraph, key: string) => {
  const found = graph.nodes.find((entry) => entry.key === key);
  if (!found?.attributes) throw new Error(`no node ${key} in the seed graph`);
  return found.attributes as unknown as Record<string, unknown>;
};

describe('a graph file that breaks the schema', () => {
  it.each([
    ['lacks aliases on a node', (graph: SerializedYuGraph) => { delete node(graph, '渝中区').aliases; }, 'node "渝中区", field aliases: expected array, received undefined'],
    ['holds aliases as a string', (graph: SerializedYuGraph) => { node(graph, '渝中区').aliases = '渝中'; }, 'node "渝中区", field aliases: expected array, received string'],
    ['holds mentions as a word', (graph: SerializedYuGraph) => { node(graph, '两江四岸').mentions = 'many'; }, 'node "两江四岸", field mentions: expected number, received string'],
    ['lacks docs on a node', (graph: SerializedYuGraph) => { delete node(graph, '两江四岸').docs; }, 'node "两江四岸", field docs: expected array, received undefined'],
  ])('%s: search, neighbors, path, explain, stats and export exit 2 naming node and field', async (_, change, problem) => {
    const file = brokenGraph(change);
    for (const args of [['search', '两江'], ['neighbors', '两江四岸'], ['path', '两江四岸', '渝中区'], ['explain', '两高'], ['stats'], ['export', '--format', 'graphml', '--out', '-']]) {
      const result = await runCli([...args, '--graph', file]);
      expect(result, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `yugraph: graph ${file} is not a yugraph graph: ${problem}\n` });
    }
  }, 60_000);

  it('names the edge and the field when an edge lacks its evidence', async () => {
    let broken = '';
    const file = brokenGraph((graph) => {
      // The first co-occurrence of 两江四岸 in the seed graph, whichever the extractor found.
      const edge = graph.edges.find((entry) => entry.key?.startsWith('cooccurs:两江四岸|') === true);
      if (!edge?.attributes) throw new Error('no co-occurrence of 两江四岸 in the seed graph');
      broken = `edge "${edge.key ?? ''}" (${edge.source} → ${edge.target})`;
      delete (edge.attributes as Partial<typeof edge.attributes>).evidence;
    });
    expect(await runCli(['stats', '--graph', file])).toMatchObject({
      code: 2,
      stderr: `yugraph: graph ${file} is not a yugraph graph: ${broken}, field evidence: expected array, received undefined\n`,
    });
  });

  it('names the format version of a graph of another version, before the fields it lacks', async () => {
    const file = join(dir, 'version.json');
    writeFileSync(file, JSON.stringify({ attributes: { formatVersion: 99 }, nodes: [], edges: [] }));
    expect(await runCli(['stats', '--graph', file])).toMatchObject({ code: 2, stderr: `yugraph: graph ${file} is not a yugraph graph: graph attribute formatVersion: format version 99, expected 1\n` });
  });

  it('names the graph attribute when the document list is missing', async () => {
    const file = brokenGraph((graph) => { delete (graph.attributes as Partial<typeof graph.attributes>).documents; });
    expect(await runCli(['stats', '--graph', file])).toMatchObject({ code: 2, stderr: `yugraph: graph ${file} is not a yugraph graph: graph attribute documents: expected array, received undefined\n` });
  });
});

describe('a graph file that is valid', () => {
  it('may carry extra node attributes (a place\'s adcode) and a byte-order mark, as the explorer accepts', async () => {
    const file = brokenGraph((graph) => { node(graph, '渝中区').adcode = '500103'; });
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    const result = await runCli(['stats', '--graph', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('documents  txt 5');
  });

  it('prints names holding control characters with the characters escaped, never acted on', async () => {
    const file = brokenGraph((graph) => { node(graph, '渝中区').label = '渝中区\x1b[2J\x07'; });
    const result = await runCli(['search', '渝中区', '--graph', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('渝中区\\x1b[2J\\x07');
    expect(['\x07', '\x1b'].filter((control) => result.stdout.includes(control))).toEqual([]);
  });
});
