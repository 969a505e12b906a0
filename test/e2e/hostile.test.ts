/**
 * Broken and hostile inputs: a missing, corrupt or foreign graph file must produce a message, and
 * markup in documents, titles, labels, aliases or the URL must show as text and never run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { builtSite, E2E_TIMEOUT, graphFrom, launchBrowser, type Opened, openExplorer, serveSite, type Site } from './helpers.js';

const TITLE = "<img src=x onerror=alert('title')>重庆报告<script>alert('t')</script>";
const DOCUMENT = [
  '推动成渝地区双城经济圈建设<img src=x onerror=alert(1)>，加快西部陆海新通道建设<script>alert(2)</script>。',
  '成渝地区双城经济圈与西部陆海新通道联动发展，“两江四岸”<b onmouseover=alert(3)>治理</b>提升。',
  '渝中区和两江新区共同推进成渝地区双城经济圈建设<iframe src="javascript:alert(4)"></iframe>。',
].join('\n');
/** Added to the built graph: the pipeline rightly drops markup from names, but a graph file may come from anywhere. */
const ALIAS = '<img src=z onerror=alert(5)>';
const LABEL = '<svg onload=alert(6)>';

let browser: Browser;
let siteDir: string;
let hostileGraph: string;
const sites: Site[] = [];

async function open(graph: string | null, query = ''): Promise<Opened> {
  const site = await serveSite(siteDir, graph);
  sites.push(site);
  return openExplorer(browser, `${site.url}${query}`);
}

beforeAll(async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'yugraph-hostile-'));
  let graphFile: string;
  try {
    writeFileSync(join(corpus, 'manifest.json'), JSON.stringify({ documents: [{ file: 'evil.txt', title: TITLE, date: '2024-01-01', issuer: '<b>重庆市</b>' }] }));
    writeFileSync(join(corpus, 'evil.txt'), DOCUMENT);
    [siteDir, graphFile] = await Promise.all([builtSite(), graphFrom(corpus)]);
  } finally {
    // The built graph is cached by the documents' contents; the documents themselves are no longer needed.
    rmSync(corpus, { recursive: true, force: true });
  }
  const data = JSON.parse(readFileSync(graphFile, 'utf8')) as SerializedYuGraph;
  const hub = data.nodes.find((node) => node.key === '成渝地区双城经济圈');
  if (!hub?.attributes) throw new Error('the pipeline found no 成渝地区双城经济圈 in the hostile corpus');
  hub.attributes.aliases.push(ALIAS);
  data.nodes.push({ key: LABEL, attributes: { ...hub.attributes, label: LABEL, type: 'slogan', aliases: [], x: 0, y: 0 } });
  hostileGraph = JSON.stringify(data);
  browser = await launchBrowser();
  // Returned rather than in afterAll: it only runs once everything above exists.
  return async () => {
    await browser.close();
    await Promise.all(sites.map((site) => site.close()));
  };
});

/** Nothing ran and nothing was parsed as markup: no dialog, no error (CSP refusals included), no injected element. */
async function expectInert({ page, dialogs, errors }: Opened): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.locator('body img, body script, body iframe, body svg, #panel b').count()).toBe(0);
}

describe('a broken graph file', { timeout: E2E_TIMEOUT }, () => {
  it('says that graph.json is missing', async () => {
    const opened = await open(null);
    await expect.poll(() => opened.page.locator('#error').isVisible()).toBe(true);
    expect(await opened.page.locator('#error-message').textContent()).toMatch(/找不到图谱文件 graph\.json/);
    expect(await opened.page.locator('#graph canvas').count()).toBe(0);
  });

  it('says that graph.json is not JSON, in English when asked', async () => {
    const { page } = await open('{"nodes": [', '?lang=en');
    expect(await page.locator('#error h2').textContent()).toBe('The graph could not be loaded');
    expect(await page.locator('#error-message').textContent()).toMatch(/graph\.json is damaged/);
  });

  it('reports what is wrong with a graph of another format', async () => {
    const { page } = await open(JSON.stringify({ attributes: { formatVersion: 99 }, nodes: [], edges: [] }));
    expect(await page.locator('#error-message').textContent()).toMatch(/format version 99/);
  });
});

describe('markup in the data and the URL', { timeout: E2E_TIMEOUT }, () => {
  it('shows document text and titles with markup literally', async () => {
    const opened = await open(hostileGraph, `?node=${encodeURIComponent('成渝地区双城经济圈')}`);
    const panel = opened.page.locator('#panel');
    expect(await panel.locator('h2').textContent()).toBe('成渝地区双城经济圈');
    const evidence = (await panel.locator('.evidence').textContent()) ?? '';
    expect(evidence).toContain('<img src=x onerror=alert(1)>');
    expect(evidence).toContain('<script>alert(2)</script>');
    expect(await panel.locator('.documents').textContent()).toContain(TITLE);
    expect(await panel.locator('.aliases').textContent()).toContain(ALIAS);
    await expectInert(opened);
  });

  it('resolves a ?node= alias made of markup, and shows an unknown one as text', async () => {
    const byAlias = await open(hostileGraph, `?node=${encodeURIComponent(ALIAS)}`);
    expect(await byAlias.page.locator('#panel h2').textContent()).toBe('成渝地区双城经济圈');
    await expectInert(byAlias);
    const unknown = '<script>alert(7)</script><img src=q onerror=alert(8)>';
    const missing = await open(hostileGraph, `?node=${encodeURIComponent(unknown)}`);
    expect(await missing.page.locator('#panel').textContent()).toContain(unknown);
    await expectInert(missing);
  });

  it('lists and opens an entity whose label is markup', async () => {
    const opened = await open(hostileGraph);
    await opened.page.getByRole('combobox', { name: '搜索实体' }).fill('<svg');
    const option = opened.page.getByRole('option').first();
    expect(await option.locator('.label').textContent()).toBe(LABEL);
    await option.dispatchEvent('mousedown');
    await expect.poll(() => opened.page.locator('#panel h2').textContent()).toBe(LABEL);
    await expectInert(opened);
  });
});
