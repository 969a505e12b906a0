/**
 * Opening one's own graph from disk: a graph.json through the file picker and by drag-and-drop,
 * the GEXF the build writes, and a bad file, which leaves the current graph in place.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { E2E_TIMEOUT, openExplorer, openSeedExplorer, ROOT, shownCounts, type Site } from './helpers.js';

let browser: Browser;
let site: Site;
let data: SerializedYuGraph;
let dir: string;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site, data } = explorer);
  dir = mkdtempSync(join(tmpdir(), 'yugraph-open-'));
  return async () => {
    await explorer.close();
    rmSync(dir, { recursive: true, force: true });
  };
});

/** The seed graph cut down to the entities of one document: a graph unlike the one the site serves. */
function oneDocument(): { file: string; nodes: number; edges: number } {
  const doc = data.attributes.documents[0]?.id ?? '';
  const nodes = data.nodes.filter((node) => node.attributes?.docs.includes(doc));
  const keys = new Set(nodes.map((node) => node.key));
  const edges = data.edges.filter((edge) => keys.has(edge.source) && keys.has(edge.target));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify({ ...data, nodes, edges }));
  return { file, nodes: nodes.length, edges: edges.length };
}

describe('opening a graph from disk', { timeout: E2E_TIMEOUT }, () => {
  it('opens a graph.json from the file picker in place of the served one', async () => {
    const mine = oneDocument();
    expect(mine.nodes).toBeLessThan(data.nodes.length);
    const { page, errors } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent('两江四岸')}`);
    await page.locator('#open-file-input').setInputFiles(mine.file);
    await expect.poll(async () => (await shownCounts(page)).nodes).toBe(mine.nodes);
    expect((await shownCounts(page)).edges).toBe(mine.edges);
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(await page.locator('#panel .start').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('opens the GEXF the build writes, dropped on the page', async () => {
    const gexf = readFileSync(join(ROOT, 'graph', 'graph.gexf'), 'utf8');
    const nodes = (gexf.match(/<node /g) ?? []).length;
    const edges = (gexf.match(/<edge /g) ?? []).length;
    const { page, errors } = await openExplorer(browser, site.url);
    const transfer = await page.evaluateHandle((text) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([text], 'graph.gexf', { type: 'application/xml' }));
      return dataTransfer;
    }, gexf);
    await page.dispatchEvent('#graph', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#graph', 'drop', { dataTransfer: transfer });
    await expect.poll(async () => (await shownCounts(page)).nodes, { timeout: 20_000 }).toBe(nodes);
    expect((await shownCounts(page)).edges).toBe(edges);
    // Its entities open with their neighbours and the sentence GEXF keeps for each link.
    const input = page.getByRole('combobox', { name: '搜索实体' });
    await input.fill('两江四岸');
    await page.getByRole('option').first().waitFor();
    await input.press('Enter');
    await expect.poll(() => page.locator('#panel .neighbour-list .row').count()).toBeGreaterThan(0);
    await page.locator('#panel .neighbour-list .row').first().click();
    await expect.poll(() => page.locator('#panel .evidence li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('names a bad file and what is wrong with it, and keeps the current graph', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"nodes": [');
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent('两江四岸')}`);
    const before = await shownCounts(page);
    await page.locator('#open-file-input').setInputFiles(bad);
    await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
    expect(await page.locator('#error-message').textContent()).toContain('broken.json');
    expect(await shownCounts(page)).toEqual(before);
    expect(await page.locator('#panel h2').textContent()).toBe('两江四岸');
    await page.locator('#error-close').click();
    expect(await page.locator('#error').isVisible()).toBe(false);

    const foreign = join(dir, 'other.gexf');
    writeFileSync(foreign, '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/></nodes><edges/></graph></gexf>');
    await page.locator('#open-file-input').setInputFiles(foreign);
    await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
    expect(await page.locator('#error-message').textContent()).toMatch(/other\.gexf.*yugraph type/);
    expect(await shownCounts(page)).toEqual(before);
  });
});
