/**
 * `yugraph compare` and `yugraph timeline` as users run them, on the seed graph and on a copy of it
 * whose document text carries terminal escapes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph, type SerializedYuGraph } from '../../src/core/graph-schema.js';
import { CHANGE_STATUSES, compareDocuments, type EntityChange } from '../../src/core/query/compare.js';
import { ROOT, runCli, type CliResult } from './run-cli.js';

const SEED_GRAPH = join(ROOT, 'graph/graph.json');
const seedJson = JSON.parse(readFileSync(SEED_GRAPH, 'utf8')) as SerializedYuGraph;
const graph = parseGraph(seedJson);
const DOCS = graph.getAttribute('documents').map((doc) => doc.id);
const [REPORT_2020, REPORT_2021, ARTICLE] = ['002_2628194e4fe465e0', '004_2fd9c68ee52552db', '000_c37d2372885b0b4c'];

const yugraph = (...args: string[]): Promise<CliResult> => runCli(args);

interface CompareJson {
  a: { docs: string[]; chars: number };
  b: { docs: string[]; chars: number };
  totals: Record<string, number>;
  entities: Record<string, EntityChange[]>;
  links: { new: { source: string; target: string; evidence: { doc: string }[] }[] };
}

describe('yugraph compare', () => {
  it('lists new, dropped, rising and fading entities between the 2020 and 2021 reports, with evidence', async () => {
    const result = await yugraph('compare', REPORT_2020, REPORT_2021, '--limit', '3');
    expect(result.code).toBe(0);
    const expected = compareDocuments(graph, [REPORT_2020], [REPORT_2021]);
    for (const status of ['new', 'dropped', 'rising', 'fading']) {
      const count = expected.entities.filter((change) => change.status === status).length;
      expect(result.stdout).toMatch(new RegExp(`^${status} \\(${count}[,)]`, 'm'));
    }
    // Each shown new and dropped entity is followed by its evidence sentence's id.
    for (const change of expected.entities.filter((item) => item.status === 'new' || item.status === 'dropped')) {
      const lines = result.stdout.split('\n');
      const row = lines.findIndex((line) => line.endsWith(` ${change.label}  (${change.type})`));
      if (row < 0) continue;
      const next = lines[row + 1] ?? '';
      expect(next).toContain(`[${change.evidence?.sentence ?? '?'}]`);
    }
    // 2020 is 1.9× as long as 2021: under the 2× threshold, so no note.
    expect(result.stdout).not.toContain('note:');
  });

  it('says when one side is more than twice as long as the other', async () => {
    const result = await yugraph('compare', '000', '002', '--limit', '1');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/note: B is 9\.\d× as long as A/);
  });

  it('prints the JSON schema, grouped and limited, filtered by type', async () => {
    const result = await yugraph('compare', `${REPORT_2020}.txt`, '004', '--json', '--type', 'place', '--limit', '2');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as CompareJson;
    expect(data.a.docs).toEqual([REPORT_2020]);
    expect(data.b.docs).toEqual([REPORT_2021]);
    const places = compareDocuments(graph, [REPORT_2020], [REPORT_2021]).entities.filter((change) => change.type === 'place');
    for (const status of CHANGE_STATUSES) {
      expect(data.totals[status]).toBe(places.filter((change) => change.status === status).length);
      expect(data.entities[status]?.length).toBe(Math.min(2, data.totals[status] ?? 0));
      for (const change of data.entities[status] ?? []) expect(change.type).toBe('place');
    }
    for (const link of data.links.new) expect(link.evidence.every((item) => item.doc === REPORT_2021)).toBe(true);
  });

  it('splits the corpus by date with --before and --after', async () => {
    const data = JSON.parse((await yugraph('compare', '--before', '2021', '--after', '2021', '--json', '--limit', '1')).stdout) as CompareJson;
    const dated = graph.getAttribute('documents');
    expect(data.a.docs.sort()).toEqual(dated.filter((doc) => (doc.date ?? '9') < '2021').map((doc) => doc.id).sort());
    expect(data.b.docs.sort()).toEqual(dated.filter((doc) => (doc.date ?? '') >= '2021').map((doc) => doc.id).sort());
    const mixed = JSON.parse((await yugraph('compare', '002,003', '--after', '2021-01', '--json')).stdout) as CompareJson;
    expect(mixed.a.docs).toEqual(['002_2628194e4fe465e0', '003_b6b5f0b0bde89f4e']);
    // Dates compare on the part both give: 000, dated 2021, counts as on or after 2021-01.
    expect(mixed.b.docs).toEqual([ARTICLE, REPORT_2021, '001_cf2cc81fae3e4682']);
  });

  it('exits 1 on an unknown document, listing the known ones', async () => {
    const result = await yugraph('compare', REPORT_2020, '999');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no document "999"');
    for (const id of DOCS) expect(result.stderr).toContain(id);
  });

  it('exits 1 on usage errors', async () => {
    for (const args of [[REPORT_2020], [REPORT_2020, REPORT_2020], ['--before', '21', '--after', '2021'], [REPORT_2020, REPORT_2021, ARTICLE], ['--before', '1900', REPORT_2021]]) {
      const result = await yugraph('compare', ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(/^yugraph: /);
    }
  });
});

describe('yugraph timeline', () => {
  it('prints mentions and rates per document in date order', async () => {
    const result = await yugraph('timeline', '一带一路', '--json');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { entity: { id: string }; timeline: { doc: string; date?: string; mentions: number; chars: number; rate: number }[] };
    const counts = graph.getNodeAttribute(data.entity.id, 'mentionsByDoc') ?? {};
    expect(data.timeline.map((point) => point.doc).sort()).toEqual([...DOCS].sort());
    for (const point of data.timeline) {
      expect(point.mentions).toBe(counts[point.doc] ?? 0);
      expect(point.rate).toBeCloseTo((point.mentions * 10_000) / point.chars, 10);
    }
    const table = await yugraph('timeline', '一带一路');
    const order = table.stdout.split('\n').slice(3).map((line) => line.trim().split(/\s+/)[1]);
    expect(order.filter(Boolean)).toEqual(data.timeline.map((point) => point.doc));
  });
});

describe('document text on the terminal', () => {
  it('has its control sequences stripped', async () => {
    const hostile = structuredClone(seedJson);
    const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007\u009b31m';
    for (const record of Object.values(hostile.attributes.sentences)) record.text = `${ESCAPES}${record.text}`;
    for (const doc of hostile.attributes.documents) doc.title = `${ESCAPES}${doc.title}`;
    const file = join(mkdtempSync(join(tmpdir(), 'yugraph-compare-')), 'hostile.json');
    writeFileSync(file, JSON.stringify(hostile));
    for (const args of [['compare', REPORT_2020, REPORT_2021], ['compare', REPORT_2020, 'x'], ['timeline', '一带一路']]) {
      const result = await yugraph(...args, '--graph', file);
      // eslint-disable-next-line no-control-regex -- looking for control characters is the test
      expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(result.stdout + result.stderr).toContain(args[0] === 'timeline' ? '一带一路' : '重庆市人民政府工作报告');
    }
  });
});

describe('a graph built before documents had lengths', () => {
  it('is an input error naming what is missing', async () => {
    const old = structuredClone(seedJson);
    for (const doc of old.attributes.documents) delete doc.chars;
    const file = join(mkdtempSync(join(tmpdir(), 'yugraph-compare-')), 'old.json');
    writeFileSync(file, JSON.stringify(old));
    for (const args of [['compare', REPORT_2020, REPORT_2021], ['timeline', '一带一路']]) {
      const result = await yugraph(...args, '--graph', file);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toMatch(/has no length in the graph .*yugraph build/);
    }
  });
});
