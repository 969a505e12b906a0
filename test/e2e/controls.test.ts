/**
 * The explorer's controls on the seed graph: filters (checked against counts computed here from
 * the graph file), exports, the layout worker and the language switch.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { E2E_TIMEOUT, inkRatio, openExplorer, openSeedExplorer, ROOT, settledPosition, shownCounts, type Site } from './helpers.js';

const run = promisify(execFile);
const CHECK_GEXF = join(ROOT, '..', 'shared', 'validators', 'check-gexf.sh');

let browser: Browser;
let site: Site;
let data: SerializedYuGraph;
let downloads: string;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site, data } = explorer);
  downloads = mkdtempSync(join(tmpdir(), 'yugraph-downloads-'));
  // Returned rather than in afterAll: it only runs once everything above exists.
  return async () => {
    await explorer.close();
    rmSync(downloads, { recursive: true, force: true });
  };
});

async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return path;
}

/** The hub with the most co-occurrence neighbours: a selection whose neighbourhood is worth filtering. */
function hub(): string {
  const degree = new Map<string, number>();
  for (const edge of data.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describe('filters', { timeout: E2E_TIMEOUT }, () => {
  it('restores every filter from the URL and shows exactly the neighbourhood', async () => {
    const node = hub();
    const neighbours = new Set([node]);
    for (const edge of data.edges) {
      if (edge.source === node) neighbours.add(edge.target);
      if (edge.target === node) neighbours.add(edge.source);
    }
    const edges = data.edges.filter((edge) => neighbours.has(edge.source) && neighbours.has(edge.target));
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(node)}&ego=1&color=community`);
    expect(await shownCounts(page)).toEqual({ nodes: neighbours.size, edges: edges.length });
    expect(await page.locator('#filter-ego').inputValue()).toBe('1');
    expect(await page.locator('#filter-color').inputValue()).toBe('community');
    expect(await page.locator('.legend-communities .legend-row').count()).toBeGreaterThan(1);
  });

  it('keeps only what the chosen documents say', async () => {
    const doc = data.attributes.documents[0]?.id ?? '';
    const { sentences } = data.attributes;
    const nodes = data.nodes.filter((node) => node.attributes?.docs.includes(doc));
    const keys = new Set(nodes.map((node) => node.key));
    const edges = data.edges.filter((edge) => keys.has(edge.source) && keys.has(edge.target) && edge.attributes?.evidence.some((id) => sentences[id]?.doc === doc));
    const { page } = await openExplorer(browser, `${site.url}?docs=${doc}`);
    expect(await shownCounts(page)).toEqual({ nodes: nodes.length, edges: edges.length });
    const boxes = page.locator('.doc-list input');
    expect(await boxes.evaluateAll((inputs) => inputs.filter((input) => (input as HTMLInputElement).checked).length)).toBe(1);
    // Ticking a second document widens the view and the URL follows.
    await boxes.nth(1).check();
    await expect.poll(async () => (await shownCounts(page)).nodes).toBeGreaterThan(nodes.length);
    expect(new URL(page.url()).searchParams.get('docs')?.split(',')).toHaveLength(2);
  });

  it('combines minimum weight and hidden isolated nodes', async () => {
    const { page } = await openExplorer(browser, `${site.url}?minw=2&isolated=hide`);
    const kept = data.edges.filter((edge) => edge.attributes?.kind !== 'cooccurs' || edge.attributes.weight >= 2);
    const connected = new Set(kept.flatMap((edge) => [edge.source, edge.target]));
    expect(await shownCounts(page)).toEqual({ nodes: connected.size, edges: kept.length });
    expect(await page.locator('#filter-weight').inputValue()).toBe('2');
    expect(await page.locator('#filter-isolated').isChecked()).toBe(true);
  });
});

describe('exports', { timeout: E2E_TIMEOUT }, () => {
  it('downloads the filtered view as GEXF that passes check-gexf.sh', async () => {
    const { page } = await openExplorer(browser, site.url);
    await page.getByRole('checkbox', { name: /机构/ }).uncheck();
    await page.locator('#filter-weight').fill('2');
    const { nodes, edges } = await shownCounts(page);
    expect(nodes).toBeLessThan(data.nodes.length);
    const file = await download(page, '#download-gexf', 'view.gexf');
    const { stdout } = await run('bash', [CHECK_GEXF, file, '--nodes', String(nodes), '--edges', String(edges)]);
    expect(stdout).toContain('RESULT: OK');
  });

  it('downloads the view as a non-blank PNG', async () => {
    const { page } = await openExplorer(browser, site.url);
    const file = await download(page, '#download-png', 'view.png');
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await inkRatio(page, png)).toBeGreaterThan(0.01);
  });
});

describe('layout and language', { timeout: E2E_TIMEOUT }, () => {
  it('runs ForceAtlas2 in a worker under the page’s CSP and moves the nodes', async () => {
    const { page, errors } = await openExplorer(browser, site.url);
    const before = await page.locator('#graph').screenshot();
    const button = page.locator('#layout-run');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1500);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect((await page.locator('#graph').screenshot()).equals(before)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('drags a node, and the GEXF of the view carries its new position', async () => {
    const node = hub();
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(node)}&ego=1`);
    const positionIn = async (name: string) => {
      const gexf = readFileSync(await download(page, '#download-gexf', name), 'utf8');
      const match = new RegExp(`label="${node}">[\\s\\S]*?<viz:position x="([^"]+)" y="([^"]+)"`).exec(gexf);
      if (!match) throw new Error(`no position for ${node} in the GEXF`);
      return [Number(match[1]), Number(match[2])];
    };
    const before = await positionIn('before.gexf');
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    const drawn = await settledPosition(page, node);
    const [x, y] = [box.x + drawn.x, box.y + drawn.y];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 120, y + 80, { steps: 8 });
    await page.mouse.up();
    const after = await positionIn('after.gexf');
    expect(after[0]).toBeGreaterThan(before[0] ?? Infinity);
    expect(after).not.toEqual(before);
  });

  it('lets go of a hovered node when the pointer leaves the graph, so coming back hovers it again', async () => {
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(hub())}`);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    const drawn = await settledPosition(page, hub());
    const centre = { x: box.x + drawn.x, y: box.y + drawn.y };
    // The sidebar lies left of the graph.
    const outside = box.x > 20 ? { x: box.x - 10, y: centre.y } : { x: box.x + box.width + 10, y: centre.y };
    await page.mouse.move(centre.x, centre.y);
    await page.waitForSelector('#graph.pointer');
    await page.mouse.move(outside.x, outside.y);
    await page.waitForSelector('#graph:not(.pointer)', { state: 'attached' });
    // Straight back onto the node, as a pointer does that left the window over it.
    await page.mouse.move(centre.x, centre.y);
    await page.waitForSelector('#graph.pointer', { timeout: 2000 });
  });

  it('switches to English and keeps entity names as written', async () => {
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(hub())}`);
    await page.locator('#lang-toggle').click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Chongqing/);
    expect(await page.locator('.legend-types').textContent()).toContain('Place');
    expect(await page.locator('#panel h2').textContent()).toBe(hub());
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const { page: reopened } = await openExplorer(browser, page.url());
    expect(await reopened.locator('#layout-run').textContent()).toBe('Run ForceAtlas2');
  });
});
