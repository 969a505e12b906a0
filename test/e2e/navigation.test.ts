/**
 * Getting around: Back and Forward, reloads, the search box (contained names, the canvas's
 * choice), clicks on faded edges, and the whole way through with the keyboard alone.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { E2E_TIMEOUT, openExplorer, openSeedExplorer, settledPosition, type Site } from './helpers.js';

let browser: Browser;
let site: Site;
let data: SerializedYuGraph;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site, data } = explorer);
  return explorer.close;
});

const heading = (page: Page) => page.locator('#panel h2').first().textContent();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
type Point = { node: string; x: number; y: number; radius: number };
const positions = (page: Page): Promise<Point[]> => page.evaluate(() => window.yugraph?.shownPositions() ?? []);

async function choose(page: Page, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name: '搜索实体' });
  await input.fill(text);
  await page.getByRole('option').first().waitFor();
  await input.press('Enter');
}

describe('history', { timeout: E2E_TIMEOUT }, () => {
  it('walks Back and Forward through selections and pairs, and a reload restores the state', async () => {
    const { page, errors } = await openExplorer(browser, site.url);
    await choose(page, '两江四岸');
    await expect.poll(() => heading(page)).toBe('两江四岸');
    const neighbour = (await page.locator('#panel .neighbour-list .row .name').first().textContent()) ?? '';
    await page.locator('#panel .neighbour-list .row').first().click();
    await expect.poll(() => param(page, 'with')).toBe(neighbour);

    await page.goBack();
    await expect.poll(() => page.locator('#panel .node-view h2').count()).toBe(1);
    expect(await heading(page)).toBe('两江四岸');
    expect(param(page, 'with')).toBeNull();
    await page.goBack();
    await expect.poll(() => page.locator('#panel .start').count()).toBe(1);
    expect(param(page, 'node')).toBeNull();
    await page.goForward();
    await expect.poll(() => heading(page)).toBe('两江四岸');
    await page.goForward();
    await expect.poll(() => page.locator('#panel .pair-view').count()).toBe(1);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#panel .pair-view h2').textContent()).toBe(`两江四岸 ⇄ ${neighbour}`);
    expect(errors).toEqual([]);
  });
});

describe('search', { timeout: E2E_TIMEOUT }, () => {
  it('offers 渝中区 and 重庆市 for 重庆市渝中区, as the CLI does', async () => {
    const { page } = await openExplorer(browser, site.url);
    const input = page.getByRole('combobox', { name: '搜索实体' });
    await input.fill('重庆市渝中区');
    await page.getByRole('option').first().waitFor();
    const labels = await page.locator('#search-list [role="option"] .label').allTextContents();
    // Cities are named without 市 (the annotation conventions): 重庆市 is an alias of 重庆.
    expect(labels).toEqual(expect.arrayContaining(['渝中区', '重庆']));
  });

  it('shows the node chosen on the canvas', async () => {
    const { page } = await openExplorer(browser, site.url);
    await choose(page, '两江四岸');
    await expect.poll(() => heading(page)).toBe('两江四岸');
    await page.waitForTimeout(800);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    // A shown neighbour with no other node within 14 px, so the click can only mean it.
    const points = (await positions(page)).filter((point) => point.x > 20 && point.y > 20 && point.x < box.width - 20 && point.y < box.height - 60);
    const alone = points.find((point) => point.node !== '两江四岸'
      && points.every((other) => other === point || Math.hypot(other.x - point.x, other.y - point.y) > 14));
    if (!alone) throw new Error('no isolated point to click');
    await page.mouse.click(box.x + alone.x, box.y + alone.y);
    await expect.poll(() => param(page, 'node')).toBe(alone.node);
    expect(await page.getByRole('combobox', { name: '搜索实体' }).inputValue()).toBe(data.nodes.find((node) => node.key === alone.node)?.attributes?.label ?? alone.node);
  });
});

describe('faded edges', { timeout: E2E_TIMEOUT }, () => {
  it('do not answer a click while another node is selected', async () => {
    const node = '广阳岛';
    const { page } = await openExplorer(browser, site.url);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    // The camera frames 广阳岛's neighbourhood, the same way each time it is chosen.
    await choose(page, node);
    await expect.poll(() => param(page, 'node')).toBe(node);
    await settledPosition(page, node);
    const at = new Map((await positions(page)).map((point) => [point.node, point]));
    const mine = new Set(data.edges.filter((edge) => edge.source === node || edge.target === node).flatMap((edge) => [edge.source, edge.target]));
    const midpoint = (edge: (typeof data.edges)[number]) => {
      const a = at.get(edge.source);
      const b = at.get(edge.target);
      return a && b && Math.hypot(a.x - b.x, a.y - b.y) >= 60 ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
    };
    // Away from every node, and from the edges of the selected node's ego network, which stay clickable.
    const ownEdges = data.edges.filter((edge) => mine.has(edge.source) && mine.has(edge.target)).flatMap((edge) => {
      const a = at.get(edge.source);
      const b = at.get(edge.target);
      return a && b ? [[a, b] as const] : [];
    });
    const fromSegment = (point: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const length = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / length));
      return Math.hypot(point.x - (a.x + t * (b.x - a.x)), point.y - (a.y + t * (b.y - a.y)));
    };
    const usable = (point: { x: number; y: number }) => point.x > 10 && point.y > 10 && point.x < box.width - 60 && point.y < box.height - 10
      && [...at.values()].every((other) => Math.hypot(other.x - point.x, other.y - point.y) > other.radius + 12)
      && ownEdges.every(([a, b]) => fromSegment(point, a, b) > 12);
    const candidates = data.edges.flatMap((edge) => {
      const point = !mine.has(edge.source) && !mine.has(edge.target) ? midpoint(edge) : undefined;
      return point && usable(point) ? [point] : [];
    });

    // With nothing selected (Esc keeps the camera), find one of those points that lies on an edge.
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'node')).toBeNull();
    let hit: { x: number; y: number } | undefined;
    for (const point of candidates.slice(0, 40)) {
      await page.mouse.move(box.x + point.x, box.y + point.y);
      if (await page.isVisible('#graph.pointer')) {
        hit = point;
        break;
      }
    }
    if (!hit) throw new Error('no edge found under the pointer');
    await page.mouse.move(box.x + 5, box.y + 5);

    await choose(page, node);
    await expect.poll(() => param(page, 'node')).toBe(node);
    await settledPosition(page, node);
    const again = new Map((await positions(page)).map((point) => [point.node, point]));
    expect(again.get(node)?.x).toBeCloseTo(at.get(node)?.x ?? NaN, 0);
    await page.mouse.move(box.x + hit.x, box.y + hit.y);
    expect(await page.isVisible('#graph.pointer')).toBe(false);
    await page.mouse.click(box.x + hit.x, box.y + hit.y);
    await page.waitForTimeout(300);
    expect(param(page, 'with')).toBeNull();
  });
});

describe('keyboard only', { timeout: E2E_TIMEOUT }, () => {
  it('skips to the panel, searches, walks the neighbours, opens a pair, goes back, finds a path and moves the graph', async () => {
    const { page, errors } = await openExplorer(browser, site.url);
    const active = () => page.evaluate(() => {
      const element = document.activeElement;
      return { tag: element?.tagName ?? '', id: element?.id ?? '', text: element?.textContent ?? '', inPanel: document.getElementById('panel')?.contains(element) ?? false, className: element?.className ?? '' };
    });
    await page.keyboard.press('Tab');
    expect((await active()).className).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect((await active()).id).toBe('panel');

    await page.getByRole('combobox', { name: '搜索实体' }).focus();
    await page.keyboard.type('两江四岸');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active()).tag).toBe('H2');
    expect((await active()).text).toBe('两江四岸');

    // Into the neighbour list within a few presses, not 27.
    let tabs = 0;
    while (!(await active()).className.includes('row') && tabs < 12) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect((await active()).className).toContain('row');
    console.log(`${tabs} Tab presses from the panel heading to the first neighbour`);
    await page.keyboard.press('Tab');
    expect((await active()).className).toContain('row');
    const neighbour = (await active()).text;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active()).tag).toBe('H2');
    expect(param(page, 'with')).not.toBeNull();
    expect((await active()).text).toContain('⇄');
    expect(neighbour).not.toBe('');

    // Back: the button before the heading.
    await page.keyboard.press('Shift+Tab');
    expect((await active()).className).toBe('back');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active()).text).toBe('两江四岸');

    // The path tool: its button follows the heading and close button; its box takes the other end.
    for (let i = 0; i < 6 && !(await active()).className.includes('find-path'); i++) await page.keyboard.press('Tab');
    expect((await active()).className).toContain('find-path');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#path-to').count()).toBe(1);
    for (let i = 0; i < 6 && (await active()).id !== 'path-to'; i++) await page.keyboard.press('Tab');
    expect((await active()).id).toBe('path-to');
    await page.keyboard.type('广阳岛');
    await page.locator('#path-to-list [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel .path-hop').count()).toBeGreaterThan(0);
    expect(param(page, 'path')).toBe('广阳岛');
    expect((await active()).tag).toBe('H2');

    // The graph: focus it, then keys pan and zoom (the shown nodes move on screen).
    await page.locator('#graph').focus();
    const spread = async () => {
      const points = await positions(page);
      const xs = points.map((point) => point.x);
      return { span: Math.max(...xs) - Math.min(...xs), first: points[0]?.x ?? 0 };
    };
    const before = await spread();
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    const zoomed = await spread();
    expect(zoomed.span).toBeGreaterThan(before.span * 1.1);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    expect((await spread()).first).not.toBeCloseTo(zoomed.first, 0);
    expect(errors).toEqual([]);
  });
});
