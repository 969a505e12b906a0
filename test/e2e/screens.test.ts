/**
 * The explorer at the widths people use, from a phone to a wide monitor, and while a window is
 * resized between them: it draws, searches and opens a panel, the graph gets the room, nothing
 * throws. A screenshot of each width goes to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, E2E_TIMEOUT, inkRatio, openSeedExplorer, type Site } from './helpers.js';

let browser: Browser;
let site: Site;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site } = explorer);
  return explorer.close;
});

const SIZES = [[390, 844], [768, 1024], [1024, 768], [1440, 900], [1920, 1080]] as const;

async function openAt(width: number, height: number, query = ''): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${site.url}${query}`);
  await page.waitForSelector('body[data-ready="true"], #error:not([hidden])');
  return { page, errors, close: () => context.close() };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
}

/** The graph is drawn, the panel does not sit on it, and the graph has a fair share of the screen. */
async function expectUsable(page: Page, width: number): Promise<void> {
  expect(await page.locator('#error').isVisible()).toBe(false);
  const graph = await boxOf(page, '#graph');
  const panel = await boxOf(page, '#panel');
  expect(overlaps(graph, panel)).toBe(false);
  // On a phone the graph spans the width; from tablets up it keeps at least half of it.
  expect(graph.width).toBeGreaterThanOrEqual(width <= 760 ? width - 2 : width / 2);
  expect(graph.height).toBeGreaterThan(280);
  expect(await inkRatio(page, await page.locator('#graph').screenshot())).toBeGreaterThan(0.01);
}

describe('every screen width', { timeout: E2E_TIMEOUT }, () => {
  for (const [width, height] of SIZES) {
    it(`draws, searches and opens a panel at ${width}×${height}`, async () => {
      const { page, errors, close } = await openAt(width, height);
      try {
        await expectUsable(page, width);
        const input = page.getByRole('combobox', { name: '搜索实体' });
        await input.fill('两江四岸');
        await page.getByRole('option').first().waitFor();
        await input.press('Enter');
        await expect.poll(() => page.locator('#panel h2').textContent()).toMatch(/两江四岸/);
        expect(await page.locator('#panel .neighbour-list .row').count()).toBeGreaterThan(0);
        // The panel is on screen (a phone scrolls to it) and its first row is not cut off sideways.
        const row = await boxOf(page, '#panel .neighbour-list .row');
        expect(row.x).toBeGreaterThanOrEqual(0);
        expect(row.x + row.width).toBeLessThanOrEqual(width + 1);
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `explorer-${width}x${height}.png`) });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('survives a live resize from 1440 to 390 and back to 1920 without an error', async () => {
    const { page, errors, close } = await openAt(1440, 900, `?node=${encodeURIComponent('两江四岸')}`);
    try {
      for (const [width, height] of [[1024, 768], [768, 1024], [530, 900], [390, 844], [1920, 1080]] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(400);
        await expectUsable(page, width);
      }
      expect(await page.locator('#panel h2').textContent()).toMatch(/两江四岸/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the filters as a drawer on a phone, and Esc closes it', async () => {
    const { page, errors, close } = await openAt(390, 844);
    try {
      expect(await page.locator('#sidebar').isVisible()).toBe(false);
      await page.locator('#sidebar-toggle').click();
      await expect.poll(() => page.locator('#filter-ego').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#sidebar').isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
