/**
 * The explorer on the graph built from the seed documents, in headless Chromium: drawing, search,
 * the panel, URL state, filters, layout, exports and language.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { ARTIFACTS, E2E_TIMEOUT, inkRatio, openExplorer, openSeedExplorer, shownCounts, type Site } from './helpers.js';

let browser: Browser;
let site: Site;
let data: SerializedYuGraph;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site, data } = explorer);
  // Returned rather than in afterAll: it only runs once everything above exists.
  return explorer.close;
});

const graphShot = (page: Page) => page.locator('#graph').screenshot();

describe('the explorer on the seed graph', { timeout: E2E_TIMEOUT }, () => {
  it('draws the graph and reports its first frame', async () => {
    const { page, errors } = await openExplorer(browser, site.url);
    const firstFrame = await page.evaluate(() => window.yugraph?.firstFrame);
    expect(firstFrame).toBeGreaterThan(0);
    console.log(`first frame ${String(firstFrame?.toFixed(0))} ms after navigation (${data.nodes.length} nodes, ${data.edges.length} edges)`);
    expect(await inkRatio(page, await graphShot(page))).toBeGreaterThan(0.01);
    expect(await shownCounts(page)).toEqual({ nodes: data.nodes.length, edges: data.edges.length });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
    expect(errors).toEqual([]);
  });

  it('suggests 成渝地区双城经济圈 for 双城 and opens it with neighbours and evidence', async () => {
    const { page, errors } = await openExplorer(browser, site.url);
    const input = page.getByRole('combobox', { name: '搜索实体' });
    await input.fill('双城');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    // The entity may be listed under its label or, when the graph chose another label, under this alias.
    const option = page.getByRole('option').filter({ hasText: '成渝地区双城经济圈' }).first();
    await expect.poll(() => option.count()).toBe(1);
    const label = (await option.locator('.label').textContent()) ?? '';
    const entity = data.nodes.find((node) => node.key === label);
    expect([entity?.key, ...(entity?.attributes?.aliases ?? [])]).toContain('成渝地区双城经济圈');
    expect(await option.locator('.type-badge').textContent()).toMatch(/^(规划纲领|项目|口号|地点|机构)$/);
    // Walk the keyboard to it: ↓ until it is the active descendant, then Enter.
    const id = await option.getAttribute('id');
    for (let step = 0; step < 20 && (await input.getAttribute('aria-activedescendant')) !== id; step++) await input.press('ArrowDown');
    await input.press('Enter');

    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(label);
    expect(new URL(page.url()).searchParams.get('node')).toBe(label);
    expect(await panel.locator('.neighbour-list .row').count()).toBeGreaterThan(3);
    const context = panel.locator('.evidence li').first();
    expect(await context.locator('mark').first().textContent()).toMatch(/双城经济圈/);
    expect(await panel.locator('.evidence .doc-title').first().textContent()).toMatch(/\S/);

    // A neighbour row opens the evidence of the pair, both names marked.
    const neighbour = (await panel.locator('.neighbour-list .row .name').first().textContent()) ?? '';
    await panel.locator('.neighbour-list .row').first().click();
    await expect.poll(() => panel.locator('.pair-view h2').textContent()).toBe(`${label} ⇄ ${neighbour}`);
    const sentences = panel.locator('.evidence li');
    expect(await sentences.count()).toBeGreaterThan(0);
    expect(await sentences.filter({ has: page.locator('mark.a') }).filter({ has: page.locator('mark.b') }).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('with')).toBe(neighbour);
    await panel.locator('.back').click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(label);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-selected.png') });
    expect(errors).toEqual([]);
  });

  it('opens the evidence of a pair when its edge is clicked on the canvas', async () => {
    // An entity with a single neighbour, shown with it alone (ego=1): the one edge leaves the
    // selection, which the camera centres, in the direction the layout gives.
    const neighbours = new Map<string, Set<string>>();
    for (const { source, target } of data.edges) {
      neighbours.set(source, (neighbours.get(source) ?? new Set()).add(target));
      neighbours.set(target, (neighbours.get(target) ?? new Set()).add(source));
    }
    const at = new Map(data.nodes.map((node) => [node.key, node.attributes]));
    const distance = (a: string, b: string) => Math.hypot((at.get(a)?.x ?? 0) - (at.get(b)?.x ?? 0), (at.get(a)?.y ?? 0) - (at.get(b)?.y ?? 0));
    const [node, other] = [...neighbours]
      .flatMap(([key, set]) => (set.size === 1 ? [[key, [...set][0] ?? ''] as const] : []))
      .sort((a, b) => distance(b[0], b[1]) - distance(a[0], a[1]) || (a[0] < b[0] ? -1 : 1))[0] ?? ['', ''];
    const { page, errors } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(node)}&ego=1`);
    await page.waitForTimeout(900);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    const dx = (at.get(other)?.x ?? 0) - (at.get(node)?.x ?? 0);
    const dy = (at.get(other)?.y ?? 0) - (at.get(node)?.y ?? 0);
    const length = Math.hypot(dx, dy);
    // Sigma's graph y axis points up, the page's down; both readings are tried, only one hits the edge.
    let hit: { x: number; y: number } | undefined;
    for (const flip of [-1, 1]) {
      for (const radius of [30, 45, 60, 80]) {
        const point = { x: box.x + box.width / 2 + (radius * dx) / length, y: box.y + box.height / 2 + (flip * radius * dy) / length };
        await page.mouse.move(point.x, point.y);
        if (await page.isVisible('#graph.pointer')) {
          hit = point;
          break;
        }
      }
      if (hit) break;
    }
    if (!hit) throw new Error(`no edge under the pointer between ${node} and ${other}`);
    await page.mouse.click(hit.x, hit.y);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('.pair-view h2').textContent()).toBe(`${node} ⇄ ${other}`);
    expect(await panel.locator('.pair-view li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('restores the selection from ?node=两江四岸', async () => {
    const named = (node: (typeof data.nodes)[number]) => node.key === '两江四岸' || (node.attributes?.aliases ?? []).includes('两江四岸');
    const expected = data.nodes.find((node) => node.key === '两江四岸') ?? data.nodes.find(named);
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent('两江四岸')}`);
    expect(await page.locator('#panel h2').textContent()).toBe(expected?.key);
    expect(await page.locator('#panel .documents li').count()).toBeGreaterThan(0);
  });

  it('accepts an alias in ?node= and rewrites the URL to the label', async () => {
    const labels = new Set(data.nodes.map((node) => node.key));
    const withAlias = data.nodes.find((node) => (node.attributes?.aliases ?? []).some((alias) => !labels.has(alias) && alias.length >= 2));
    const alias = withAlias?.attributes?.aliases.find((candidate) => !labels.has(candidate) && candidate.length >= 2);
    if (!withAlias || alias === undefined) throw new Error('the seed graph has no alias to test with');
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent(alias)}`);
    expect(await page.locator('#panel h2').textContent()).toBe(withAlias.key);
    expect(new URL(page.url()).searchParams.get('node')).toBe(withAlias.key);
  });

  it('hides a type when its legend box is unticked', async () => {
    const { page } = await openExplorer(browser, site.url);
    const places = data.nodes.filter((node) => node.attributes?.type === 'place').length;
    expect(places).toBeGreaterThan(0);
    // Place nodes are drawn in rgb(0,114,178): those pixels must go.
    const blue = async () => inkRatio(page, await graphShot(page), [0, 114, 178]);
    const before = await blue();
    expect(before).toBeGreaterThan(0.0005);
    await page.getByRole('checkbox', { name: /地点/ }).uncheck();
    await expect.poll(async () => (await shownCounts(page)).nodes).toBe(data.nodes.length - places);
    expect(await blue()).toBeLessThan(before / 50);
    expect(new URL(page.url()).searchParams.get('types')?.split(',')).not.toContain('place');
    // The link restores the filter.
    const { page: restored } = await openExplorer(browser, page.url());
    expect(await restored.getByRole('checkbox', { name: /地点/ }).isChecked()).toBe(false);
    expect((await shownCounts(restored)).nodes).toBe(data.nodes.length - places);
  });
});
