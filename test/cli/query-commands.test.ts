/**
 * The query and export commands as users run them: the compiled CLI in a child process, on the seed
 * graph and on a small graph whose answers are known exactly.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/core/graph-schema.js';
import { stats } from '../../src/core/query/stats.js';
import { checkGexf, checkGraphml } from '../core/export/tools.js';
import { smallGraph } from '../core/query/small-graph.js';
import { CLI, ROOT, runCli, runCommand, type CliResult } from './run-cli.js';

const SEED_GRAPH = join(ROOT, 'graph/graph.json');

/**
 * Fails the process if it pulls in jieba or the build pipeline (only the atomic writer is allowed,
 * for export): queries must start fast.
 */
const HOOKS = `export async function resolve(specifier, context, next) {
  if (/nodejieba|\\/pipeline\\/(?!atomic-write)/.test(specifier)) throw new Error('query loaded ' + specifier);
  return next(specifier, context);
}`;
const GUARD = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

const yugraph = (...args: string[]): Promise<CliResult> => runCli(args);

function json(result: CliResult): unknown {
  expect(result.stderr).not.toContain('internal error');
  return JSON.parse(result.stdout);
}

const work = mkdtempSync(join(tmpdir(), 'yugraph-cli-'));
const small = join(work, 'small.json');

beforeAll(() => {
  writeFileSync(small, JSON.stringify(smallGraph().export()));
  if (!existsSync(SEED_GRAPH)) throw new Error(`${SEED_GRAPH} is missing: run \`yugraph build\` first`);
});

describe('startup', () => {
  it('loads neither jieba nor the build pipeline', async () => {
    // The guard itself works…
    const jieba = await runCommand(process.execPath, ['--import', GUARD, '--input-type=module', '-e', "await import('nodejieba')"]);
    expect(jieba.stderr).toContain('query loaded nodejieba');
    // …and no query command trips it.
    for (const args of [['neighbors', '重庆'], ['path', '重庆', '渝中区'], ['search', '两江'], ['stats'], ['export', '--format', 'gexf', '--out', '-']]) {
      const result = await runCommand(process.execPath, ['--import', GUARD, CLI, ...args, '--graph', small]);
      expect(result.stderr, args.join(' ')).not.toContain('query loaded');
      expect(result.code, args.join(' ')).toBe(0);
    }
  });
});

describe('yugraph neighbors', () => {
  it('prints the documented JSON schema', async () => {
    const result = await yugraph('neighbors', '渝中区', '--json', '--graph', small);
    expect(result.code).toBe(0);
    expect(json(result)).toEqual({
      query: '渝中区',
      entity: { id: '渝中区', label: '渝中区', type: 'place', aliases: [] },
      options: { depth: 1, types: [], relations: [], minWeight: 0, limit: 20 },
      total: 2,
      neighbors: [
        {
          id: '两江四岸', label: '两江四岸', type: 'project', weight: 2, depth: 1, through: null, via: ['cooccurs'],
          edges: [{ kind: 'cooccurs', source: '两江四岸', target: '渝中区', weight: 2 }],
          evidence: [
            { doc: 'doc_a', sentence: 'doc_a#4', text: '推进两江四岸治理提升，渝中区率先示范。' },
            { doc: 'doc_a', sentence: 'doc_a#5', text: '渝中区抓好两江四岸核心区建设。' },
          ],
        },
        {
          id: '重庆', label: '重庆', type: 'place', weight: 1, depth: 1, through: null, via: ['cooccurs', 'located_in'],
          edges: [{ kind: 'cooccurs', source: '渝中区', target: '重庆', weight: 1 }, { kind: 'located_in', source: '渝中区', target: '重庆', weight: 1 }],
          evidence: [{ doc: 'doc_a', sentence: 'doc_a#6', text: '渝中区位于重庆市中心。' }],
        },
      ],
    });
  });

  it('prints a table grouped by type with one trimmed sentence per neighbour', async () => {
    const result = await yugraph('neighbors', '重庆', '--graph', small);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('重庆  (place)  aliases: 重庆市');
    expect(lines[1]).toBe('4 linked entities within 1 hop');
    expect(lines).toContain('program (1)');
    expect(lines).toContain('place (3)');
    expect(lines).toContain('  2       两江新区  ←part_of');
    // The long sentence is cut around both names, and is the one that names both.
    const evidence = lines[lines.findIndex((line) => line.includes('成渝地区双城经济圈') && line.startsWith('  5')) + 1] ?? '';
    expect(evidence).toMatch(/^ {10}重庆全力推动成渝地区双城经济圈建设.*… {2}\[doc_a#10\]$/);
    expect(evidence.length).toBeLessThan(80);
  });

  it('follows --depth, --type, --relation, --min-weight and --limit', async () => {
    const deep = json(
      await yugraph('neighbors', '渝中区', '--depth', '2', '--type', 'place,program', '--json', '--graph', small),
    ) as { total: number; neighbors: { id: string; depth: number; through: string | null }[] };
    expect(deep.neighbors.map((n) => [n.id, n.depth, n.through])).toEqual([
      ['成渝地区双城经济圈', 2, '重庆'], ['两江新区', 2, '重庆'], ['广阳岛', 2, '两江四岸'], ['重庆', 1, null],
    ]);
    const typed = json(await yugraph('neighbors', '重庆', '--relation', 'part_of', '--relation', 'located_in', '--json', '--graph', small)) as { neighbors: { id: string }[] };
    expect(typed.neighbors.map((n) => n.id)).toEqual(['两江新区', '渝中区']);
    const strong = json(await yugraph('neighbors', '重庆', '--min-weight', '2', '--limit', '1', '--json', '--graph', small)) as { total: number; neighbors: { id: string }[] };
    expect([strong.total, strong.neighbors.map((n) => n.id)]).toEqual([2, ['成渝地区双城经济圈']]);
  });

  it('resolves an unwritten abbreviation and says so on stderr', async () => {
    const result = await yugraph('neighbors', '成渝双城经济圈', '--json', '--graph', small);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('yugraph: "成渝双城经济圈" → 成渝地区双城经济圈 (fuzzy match on 成渝地区双城经济圈)\n');
    expect((json(result) as { entity: { id: string } }).entity.id).toBe('成渝地区双城经济圈');
  });

  it('exits 1 with "did you mean" on stderr for an unknown name', async () => {
    const typo = await yugraph('neighbors', '两江四案', '--graph', small);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('yugraph: no entity named "两江四案"; did you mean:\n  两江四岸  (project)');
    const nothing = await yugraph('neighbors', '完全无关', '--json', '--graph', small);
    expect([nothing.code, nothing.stdout]).toEqual([1, '']);
    expect(nothing.stderr).toContain('no entity matches "完全无关"');
  });

  it('exits 1 on usage errors', async () => {
    for (const args of [['--depth', '9'], ['--depth', 'x'], ['--type', 'city'], ['--relation', 'near'], ['--min-weight', '-1'], ['--limit', '1.5'], ['--bogus']]) {
      const result = await yugraph('neighbors', '重庆', ...args, '--graph', small);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
    }
    expect((await yugraph('neighbors', '--graph', small)).stderr).toContain('expected <name>');
    expect((await yugraph('neighbors', '重庆', '--type', 'city', '--graph', small)).stderr).toContain('--type must be one of place, program, project, slogan, organization; got "city"');
  });

  it('exits 2 naming the file when the graph is missing or corrupt', async () => {
    const missing = await yugraph('stats', '--graph', join(work, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read graph ${join(work, 'nope.json')}: no such file`);
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"attributes": ');
    expect(await yugraph('neighbors', '重庆', '--graph', broken)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`graph ${broken} is not valid JSON`) as unknown });
    const foreign = join(work, 'foreign.json');
    writeFileSync(foreign, '{"nodes": []}');
    expect(await yugraph('search', 'x', '--graph', foreign)).toMatchObject({ code: 2, stderr: expect.stringContaining(`graph ${foreign} is not a yugraph graph`) as unknown });
  });
});

describe('yugraph path, search, stats', () => {
  it('finds the strongest shortest path', async () => {
    const result = await yugraph('path', '两江四岸', '西部陆海新通道', '--graph', small);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['两江四岸 → 渝中区 → 重庆 → 成渝地区双城经济圈 → 西部陆海新通道', '4 hops, total weight 11']);
    expect(lines).toContain('  渝中区 —[cooccurs, located_in→, weight 1]— 重庆');
    const data = json(await yugraph('path', '重庆', '两江新区', '--json', '--graph', small)) as { path: { hops: number; steps: { from: string; to: string; evidence: unknown[] }[] } };
    expect(data.path.hops).toBe(1);
    expect(data.path.steps[0]).toMatchObject({ from: '重庆', to: '两江新区', evidence: [{ doc: 'doc_a', sentence: 'doc_a#7', text: '两江新区是重庆的国家级新区。' }, { doc: 'doc_a', sentence: 'doc_a#8', text: '重庆两江新区开放发展。' }] });
  });

  it('lists the k shortest paths and follows only the relations asked for', async () => {
    const data = json(await yugraph('path', '两江四岸', '西部陆海新通道', '--k', '3', '--json', '--graph', small)) as { path: { hops: number }; paths: { nodes: { id: string }[] }[] };
    expect(data.paths.map((found) => found.nodes[1]?.id)).toEqual(['渝中区', '广阳岛']);
    expect(data.path.hops).toBe(4);
    const typed = await yugraph('path', '两江四岸', '重庆', '--relation', 'located_in', '--graph', small);
    expect(typed.code).toBe(1);
    expect((await yugraph('path', '两江四岸', '重庆', '--k', '0', '--graph', small)).stderr).toContain('--k');
  });

  it('exits 1 when there is no path', async () => {
    const result = await yugraph('path', '孤岛', '重庆', '--json', '--graph', small);
    expect(result.code).toBe(1);
    expect((json(result) as { path: unknown }).path).toBeNull();
    expect(result.stderr).toContain('no path between 孤岛 and 重庆');
  });

  it('searches labels and aliases', async () => {
    const result = await yugraph('search', '两江', '--graph', small);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^entity\s+type\s+mentions\s+matched$/);
    expect(json(await yugraph('search', '重庆市', '--json', '--graph', small))).toEqual({
      query: '重庆市',
      results: [{ id: '重庆', label: '重庆', type: 'place', matchedBy: 'alias', matchedText: '重庆市', score: 1, mentions: 30 }],
    });
    expect(await yugraph('search', '没有', '--graph', small)).toMatchObject({ code: 1, stdout: '' });
  });

  it('reports the same statistics as the query core', async () => {
    const result = await yugraph('stats', '--json', '--graph', small);
    expect(result.code).toBe(0);
    const data = json(result) as Record<string, unknown>;
    expect(data).toMatchObject({ ...stats(smallGraph()) });
    expect((data.top as Record<string, { id: string }[]>).place?.map((entry) => entry.id)).toEqual(['重庆', '渝中区', '两江新区', '广阳岛', '孤岛']);
    expect((await yugraph('stats', '--graph', small)).stdout).toContain('components 3 (largest 7 entities), isolated entities 2');
  });
});

describe('on the seed graph', () => {
  it('answers the issue’s examples', async () => {
    const result = await yugraph('neighbors', '两江四岸', '--json');
    expect(result.code).toBe(0);
    const data = json(result) as { entity: { label: string; aliases: string[] }; neighbors: { weight: number; evidence: { doc: string; text: string }[] }[] };
    expect([data.entity.label, ...data.entity.aliases]).toContain('两江四岸');
    expect(data.neighbors.length).toBeGreaterThan(5);
    for (const neighbor of data.neighbors) {
      expect(neighbor.evidence.length).toBeGreaterThan(0);
      expect(neighbor.evidence.some((e) => e.text.includes('两江四岸'))).toBe(true);
    }
    const weights = data.neighbors.map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));

    const chengyu = json(await yugraph('neighbors', '成渝双城经济圈', '--json')) as { entity: { label: string; aliases: string[] } };
    expect([chengyu.entity.label, ...chengyu.entity.aliases]).toContain('成渝地区双城经济圈');
    for (const name of ['西部陆海新通道', '一区两群', '两江新区', '渝中区', '广阳岛']) {
      expect((await yugraph('neighbors', name)).code, name).toBe(0);
    }
    expect((await yugraph('path', '渝中区', '广阳岛')).code).toBe(0);
    expect((await yugraph('search', '两江')).stdout).toContain('两江新区');
  });
});

describe('yugraph export', () => {
  const seed = () => parseGraph(JSON.parse(readFileSync(SEED_GRAPH, 'utf8')));

  // Two exports and two validator runs (xmllint, NetworkX, igraph) on the seed graph: over 30 s on a loaded machine.
  it('writes GEXF and GraphML that pass the shared validators', { timeout: 120_000 }, async () => {
    const graph = seed();
    const gexf = join(work, 'seed.gexf');
    expect(await yugraph('export', '--format', 'gexf', '--out', gexf)).toMatchObject({ code: 0, stdout: '' });
    const gexfCheck = checkGexf(gexf, graph.order, graph.size);
    expect(gexfCheck.output).toContain('RESULT: OK');
    const graphml = join(work, 'seed.graphml');
    expect((await yugraph('export', '--format', 'graphml', '--out', graphml)).code).toBe(0);
    expect(checkGraphml(graphml, graph.order, graph.size).output).toContain('RESULT: OK');
  });

  it('writes nodes.csv and edges.csv into a folder, and JSON a graph can be read from', async () => {
    const graph = seed();
    const dir = join(work, 'csv');
    const result = await yugraph('export', '--format', 'csv', '--out', dir);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(nodes.startsWith('\uFEFFid:ID,:LABEL,')).toBe(true);
    expect(nodes.split('\r\n').length).toBe(graph.order + 2);
    const out = join(work, 'places.json');
    expect((await yugraph('export', '--format', 'json', '--type', 'place', '--min-weight', '2', '--out', out)).code).toBe(0);
    const places = parseGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(places.order).toBe(graph.filterNodes((_n, a) => a.type === 'place').length);
    expect(places.everyEdge((_e, a) => a.weight >= 2)).toBe(true);
  });

  it('writes to stdout with --out - and rejects it for csv', async () => {
    const result = await yugraph('export', '--format', 'graphml', '--out', '-', '--graph', small);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    const yed = await yugraph('export', '--format', 'graphml', '--yed', '--out', '-', '--graph', small);
    expect(yed.code).toBe(0);
    expect(yed.stdout.split('<y:ShapeNode>').length - 1).toBe(smallGraph().order);
    expect(result.stdout).not.toContain('<y:ShapeNode>');
    const gexfYed = await yugraph('export', '--format', 'gexf', '--yed', '--out', '-', '--graph', small);
    expect(gexfYed).toMatchObject({ code: 1, stdout: '' });
    expect(gexfYed.stderr).toContain('--yed is a graphml option');
    expect((await yugraph('export', '--format', 'csv', '--out', '-', '--graph', small)).code).toBe(1);
    expect((await yugraph('export', '--format', 'pdf', '--graph', small)).code).toBe(1);
    expect((await yugraph('export', '--graph', small)).stderr).toContain('--format is required');
  });

  it('reports an unwritable output with exit 2 and leaves nothing behind', async () => {
    const blocker = join(work, 'file-not-folder');
    writeFileSync(blocker, 'x');
    const result = await yugraph('export', '--format', 'gexf', '--out', join(blocker, 'graph.gexf'), '--graph', small);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write ${join(blocker, 'graph.gexf')}`);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });
});
