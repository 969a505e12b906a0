/**
 * The path tool on the seed graph, checked against `yugraph path` on the same graph file: the same
 * hops, evidence with both names marked on every hop, k shortest paths, relation kinds, no path.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, openExplorer, openSeedExplorer, ROOT, seedGraph, type Site } from './helpers.js';

const run = promisify(execFile);

let browser: Browser;
let site: Site;
let graphFile: string;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site } = explorer);
  graphFile = await seedGraph();
  return explorer.close;
});

interface CliPath { nodes: { label: string }[]; steps: unknown[] }

/** `yugraph path … --json` on the graph the page shows; null path when it exits 1. */
async function cliPaths(...args: string[]): Promise<CliPath[]> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'lib', 'cli', 'main.js'), 'path', ...args, '--json', '--graph', graphFile]);
    const json = JSON.parse(stdout) as { path: CliPath | null; paths?: CliPath[] };
    return json.paths ?? (json.path ? [json.path] : []);
  } catch (error) {
    const { code, stdout } = error as { code?: number; stdout?: string };
    if (code === 1 && stdout) return [];
    throw error;
  }
}

const url = (query: Record<string, string>) => `${site.url}?${new URLSearchParams(query).toString()}`;

async function shownChains(page: Page): Promise<string[][]> {
  return page.locator('#panel .path-chain').evaluateAll((chains) => chains.map((chain) => [...chain.querySelectorAll('button')].map((button) => button.textContent)));
}

describe('the path tool', { timeout: E2E_TIMEOUT }, () => {
  it('answers ?node=两江四岸&path=广阳岛 as `yugraph path 两江四岸 广阳岛` does, with evidence on every hop', async () => {
    const [expected] = await cliPaths('两江四岸', '广阳岛');
    if (!expected) throw new Error('the CLI finds no path');
    const { page, errors } = await openExplorer(browser, url({ node: '两江四岸', path: '广阳岛' }));
    expect(await shownChains(page)).toEqual([expected.nodes.map((node) => node.label)]);
    const hops = page.locator('#panel .path-hop');
    expect(await hops.count()).toBe(expected.steps.length);
    for (let i = 0; i < expected.steps.length; i++) {
      const evidence = hops.nth(i).locator('.path-evidence');
      expect(await evidence.locator('mark.a').count()).toBeGreaterThan(0);
      expect(await evidence.locator('mark.b').count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  it('lists the k shortest paths of `yugraph path --k 3`', async () => {
    const expected = await cliPaths('两江四岸', '广阳岛', '--k', '3');
    expect(expected.length).toBeGreaterThan(1);
    const { page } = await openExplorer(browser, url({ node: '两江四岸', path: '广阳岛', k: '3' }));
    expect(await shownChains(page)).toEqual(expected.map((found) => found.nodes.map((node) => node.label)));
  });

  it('says so when the chosen relation kinds give no path, as the CLI does', async () => {
    expect(await cliPaths('两江四岸', '广阳岛', '--relation', 'part_of')).toEqual([]);
    const { page } = await openExplorer(browser, url({ node: '两江四岸', path: '广阳岛', prel: 'part_of' }));
    expect(await page.locator('#panel .path-none').textContent()).toMatch(/没有路径/);
    expect(await page.locator('#panel .path-hop').count()).toBe(0);
    // Ticking co-occurrence back on finds it.
    await page.locator('#panel .path-kinds input[value="cooccurs"]').check();
    await expect.poll(() => page.locator('#panel .path-hop').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('prel')?.split(',')).toContain('cooccurs');
  });

  it('starts from a pair without a direct link', async () => {
    const { page } = await openExplorer(browser, url({ node: '两江四岸', with: '广阳岛' }));
    await page.locator('#panel .find-path').click();
    await expect.poll(() => page.locator('#panel .path-hop').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('path')).toBe('广阳岛');
  });

  it('takes its other end from a click on the canvas', async () => {
    const { page } = await openExplorer(browser, url({ node: '两江四岸' }));
    await page.locator('#panel .find-path').click();
    await page.waitForTimeout(800);
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no canvas');
    const points = await page.evaluate(() => window.yugraph?.shownPositions() ?? []);
    const target = points.find((point) => point.node !== '两江四岸' && point.x > 20 && point.y > 20 && point.x < box.width - 60 && point.y < box.height - 20
      && points.every((other) => other === point || Math.hypot(other.x - point.x, other.y - point.y) > 14));
    if (!target) throw new Error('no node to click');
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe(target.node);
    expect(await page.locator('#panel .path-hop').count()).toBeGreaterThan(0);
  });
});
