/**
 * The explorer's compare mode in headless Chromium on the seed graph: choosing two documents,
 * status colours on the canvas, the legend's counts and filters, the panel's timeline, and the URL.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, type YuGraph } from '../../src/core/graph-schema.js';
import { compareDocuments, CHANGE_STATUSES } from '../../src/core/query/compare.js';
import { documentsByDate } from '../../src/core/query/documents.js';
import { ARTIFACTS, E2E_TIMEOUT, inkRatio, openExplorer, openSeedExplorer, shownCounts, type Site } from './helpers.js';

let browser: Browser;
let site: Site;
let graph: YuGraph;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site } = explorer);
  graph = parseGraph(explorer.data);
  return explorer.close;
});

const [A, B] = ['002_2628194e4fe465e0', '004_2fd9c68ee52552db'];
const NEW: [number, number, number] = [0, 158, 115];
const DROPPED: [number, number, number] = [213, 94, 0];

describe('compare mode', { timeout: E2E_TIMEOUT }, () => {
  it('colours the statuses chosen in the selects, counts and filters them, and keeps the mode in the URL', async () => {
    const expected = compareDocuments(graph, [A], [B]);
    const count = (status: string) => expected.entities.filter((change) => change.status === status).length;
    const { page, errors } = await openExplorer(browser, site.url);
    await page.locator('#compare-a').selectOption(A);
    await page.locator('#compare-b').selectOption(B);
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe(`${A},${B}`);
    const rows = page.locator('.legend-statuses .legend-row');
    for (const status of CHANGE_STATUSES) {
      expect(await rows.filter({ has: page.locator(`input[value="${status}"]`) }).locator('.count').textContent(), status).toBe(String(count(status)));
    }
    // Only the entities the two documents mention are shown.
    expect((await shownCounts(page)).nodes).toBe(expected.entities.length);

    // Only "new" ticked: green on the canvas and no orange; only "dropped": the reverse.
    for (const status of ['rising', 'fading', 'steady', 'dropped']) await rows.locator(`input[value="${status}"]`).uncheck();
    await expect.poll(async () => (await shownCounts(page)).nodes).toBe(count('new'));
    expect(new URL(page.url()).searchParams.get('status')).toBe('new');
    const onlyNew = await page.locator('#graph').screenshot();
    expect(await inkRatio(page, onlyNew, NEW)).toBeGreaterThan(0.002);
    expect(await inkRatio(page, onlyNew, DROPPED)).toBeLessThan(0.0005);
    await rows.locator('input[value="new"]').uncheck();
    await rows.locator('input[value="dropped"]').check();
    await expect.poll(async () => (await shownCounts(page)).nodes).toBe(count('dropped'));
    const onlyDropped = await page.locator('#graph').screenshot();
    expect(await inkRatio(page, onlyDropped, DROPPED)).toBeGreaterThan(0.002);
    expect(await inkRatio(page, onlyDropped, NEW)).toBeLessThan(0.0005);

    // The GEXF download of this view carries each shown entity's status.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-gexf').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'yugraph-compare-')), 'view.gexf');
    await download.saveAs(file);
    const xml = readFileSync(file, 'utf8');
    expect(xml.match(/<attvalue for="compare_status" value="dropped"\/>/g)?.length).toBe(count('dropped'));
    expect(xml).not.toMatch(/<attvalue for="compare_status" value="(new|steady|rising|fading|absent)"\/>/);
    expect(errors).toEqual([]);
  });

  it('shows a new entity’s status and timeline in the panel, and the URL reopens the same view', async () => {
    const expected = compareDocuments(graph, [A], [B]);
    const fresh = expected.entities.find((change) => change.status === 'new');
    if (!fresh) throw new Error('the 2021 report names nothing new');
    const url = `${site.url}?compare=${A},${B}&node=${encodeURIComponent(fresh.id)}`;
    let { page, errors } = await openExplorer(browser, url);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(fresh.label);
    expect(await panel.locator('.compare-status').getAttribute('data-status')).toBe('new');
    const bars = panel.locator('.timeline-chart .timeline-bar');
    const order = documentsByDate(graph).map((doc) => doc.id);
    expect(await bars.evaluateAll((items) => items.map((item) => item.getAttribute('data-doc')))).toEqual(order);
    const counts = graph.getNodeAttribute(fresh.id, 'mentionsByDoc') ?? {};
    expect(await bars.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-mentions')))))
      .toEqual(order.map((doc) => counts[doc] ?? 0));
    expect(await panel.locator('.timeline-bar.side-a').getAttribute('data-mentions')).toBe('0');
    expect(Number(await panel.locator('.timeline-bar.side-b').getAttribute('data-mentions'))).toBe(fresh.b.mentions);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-compare.png') });
    const shown = await shownCounts(page);
    expect(errors).toEqual([]);

    // The address bar reproduces the view: same mode, selects, selection and counts.
    const reopened = page.url();
    expect(new URL(reopened).searchParams.get('compare')).toBe(`${A},${B}`);
    ({ page, errors } = await openExplorer(browser, reopened));
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(fresh.label);
    expect(await page.locator('#compare-a').inputValue()).toBe(A);
    expect(await page.locator('#compare-b').inputValue()).toBe(B);
    expect(await page.locator('#panel .compare-status').getAttribute('data-status')).toBe('new');
    expect(await shownCounts(page)).toEqual(shown);
    expect(errors).toEqual([]);
  });

  it('compares years and ignores a compare value that names no documents', async () => {
    const years = compareDocuments(graph, graph.getAttribute('documents').filter((doc) => doc.date?.startsWith('2020')).map((doc) => doc.id),
      graph.getAttribute('documents').filter((doc) => doc.date?.startsWith('2021')).map((doc) => doc.id));
    let { page } = await openExplorer(browser, `${site.url}?compare=2020,2021`);
    expect((await shownCounts(page)).nodes).toBe(years.entities.length);
    ({ page } = await openExplorer(browser, `${site.url}?compare=2020,nothing`));
    expect(await page.locator('.legend-statuses').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    expect(await shownCounts(page)).toEqual({ nodes: graph.order, edges: graph.size });
  });
});
