import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, type YuGraph } from '../../src/core/graph-schema.js';
import { buildGraph, runPipeline, type PipelineResult } from '../../src/pipeline/build.js';
import { loadLexicon } from '../../src/pipeline/lexicon.js';

/** One real build of the seeds for the whole file: jieba's dictionary loads once. */
let out: string;
let result: PipelineResult;
let graph: YuGraph;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'yugraph-graph-'));
  result = await buildGraph(['seeds'], out);
  graph = parseGraph(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
});

describe('the seed graph', () => {
  it.each([
    ['成渝地区双城经济圈', 'program'],
    ['两江四岸', 'slogan'],
    ['西部陆海新通道', 'program'],
    ['一区两群', 'slogan'],
    ['两江新区', 'project'],
    ['渝中区', 'place'],
    ['广阳岛', 'place'],
  ])('has %s as a %s with evidence', (label, type) => {
    expect(graph.hasNode(label)).toBe(true);
    const node = graph.getNodeAttributes(label);
    expect(node.type).toBe(type);
    expect(node.sentences.length).toBeGreaterThan(0);
    const sentences = graph.getAttribute('sentences');
    for (const id of node.sentences) expect(sentences[id]?.text).toBeTruthy();
    expect(graph.degree(label)).toBeGreaterThan(0);
  });

  it('merges the short forms into the full names', () => {
    expect(graph.getNodeAttribute('成渝地区双城经济圈', 'aliases')).toContain('双城经济圈');
    expect(graph.hasNode('双城经济圈')).toBe(false);
    // 自贸试验区 alone could also shorten 川渝自贸试验区, which the seeds name too: it stays apart.
    expect(graph.getNodeAttribute('重庆自由贸易试验区', 'aliases')).toContain('重庆自贸试验区');
    expect(graph.getNodeAttribute('中新（重庆）战略性互联互通示范项目', 'aliases')).toContain('中新互联互通项目');
    expect(graph.getNodeAttribute('“两点”定位', 'aliases')).toContain('两点');
    expect(graph.getNodeAttribute('渝中区', 'aliases')).toContain('渝中');
  });

  it('writes bracket widths one way: 西部（重庆）科学城 is one node', () => {
    const forms = graph.filterNodes((_node, attributes) => attributes.label.replace(/[（(）)]/g, '') === '西部重庆科学城');
    expect(forms).toEqual(['西部（重庆）科学城']);
  });

  it('has no generic word, stop word or verb-led fragment as a node', () => {
    const lexicon = loadLexicon();
    const generic = ['发展', '建设', '全市', '工作', '重点', '我们', '各项事业', '人民群众', '新征程', '加快推进'];
    for (const word of [...generic, ...lexicon.stopwords]) expect(graph.hasNode(word)).toBe(false);
    const verbLed = graph.filterNodes((node) => /^(?:推动|加快|实施|建设|深入|推进|打造|支持)/.test(node));
    expect(verbLed).toEqual([]);
  });

  it('links co-occurring entities with their evidence, weight and NPMI', () => {
    const edge = graph.undirectedEdge('成渝地区双城经济圈', '重庆');
    expect(edge).toBeDefined();
    const attributes = graph.getEdgeAttributes(edge);
    expect(attributes.kind).toBe('cooccurs');
    expect(attributes.weight).toBe(attributes.evidence.length);
    expect(attributes.npmi).toBeGreaterThanOrEqual(-1);
    expect(attributes.npmi).toBeLessThanOrEqual(1);
    for (const id of attributes.evidence) {
      const text = graph.getAttribute('sentences')[id]?.text ?? '';
      expect(text).toMatch(/双城经济圈/);
      expect(text).toMatch(/重庆/);
    }
  });

  it('points every evidence sentence back at the raw file', () => {
    const documents = new Map(graph.getAttribute('documents').map((meta) => [meta.id, readFileSync(join('seeds', meta.file), 'utf8')]));
    for (const [id, record] of Object.entries(graph.getAttribute('sentences'))) {
      const raw = documents.get(record.doc) ?? '';
      const written = raw.slice(record.start, record.end);
      // The raw slice has the layout the clean text lost (line breaks, markdown), nothing else.
      const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
      expect(letters(written), id).toContain(letters(record.text));
    }
  });

  it('takes document titles and dates from the manifest', () => {
    const meta = graph.getAttribute('documents').find((document) => document.id === '002_2628194e4fe465e0');
    expect(meta).toMatchObject({ title: '重庆市人民政府工作报告（2020年）', date: '2020-01-11', issuer: '重庆市人民政府' });
  });

  it('is laid out and grouped', () => {
    const xs = new Set(graph.mapNodes((_node, attributes) => attributes.x));
    expect(xs.size).toBeGreaterThan(graph.order / 2);
    expect(new Set(graph.mapNodes((_node, attributes) => attributes.community)).size).toBeGreaterThan(1);
  });
});

describe('reproducibility', () => {
  it('extracts the same graph in worker threads as in one thread', async () => {
    const parallel = await runPipeline(['seeds'], { workers: 2 });
    expect(parallel.timings.map(([stage]) => stage)).toContain('extract ×2');
    expect(JSON.stringify(parallel.graph.export())).toBe(JSON.stringify(result.graph.export()));
  });

  it('rebuilds the committed graph byte for byte (graph/ is current)', () => {
    for (const file of ['graph.json', 'graph.gexf']) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join('graph', file))), `graph/${file} is stale: run npx yugraph build`).toBe(true);
    }
  });
});
