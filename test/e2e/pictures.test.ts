/**
 * Pictures to take away: the PNG with a title, legend and sources at the chosen size, and the SVG.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TYPE_COLORS } from '../../src/core/palette.js';
import { E2E_TIMEOUT, inkRatio, openExplorer, openSeedExplorer, type Site } from './helpers.js';

let browser: Browser;
let site: Site;
let downloads: string;

beforeAll(async () => {
  const explorer = await openSeedExplorer();
  ({ browser, site } = explorer);
  downloads = mkdtempSync(join(tmpdir(), 'yugraph-pictures-'));
  return async () => {
    await explorer.close();
    rmSync(downloads, { recursive: true, force: true });
  };
});

async function download(page: Page, button: string, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return readFileSync(path);
}

/** Width and height from the PNG header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('pictures', { timeout: E2E_TIMEOUT }, () => {
  it('puts a title, a legend and the sources around the PNG, at the chosen size', async () => {
    const { page } = await openExplorer(browser, `${site.url}?node=${encodeURIComponent('两江四岸')}`);
    const graph = await page.locator('#graph').boundingBox();
    if (!graph) throw new Error('no canvas');
    const view = await download(page, '#download-png', 'view.png');
    const size = pngSize(view);
    expect(size.width).toBe(Math.round(graph.width));
    // Title above, legend and one line per source document below the drawing.
    expect(size.height).toBeGreaterThan(graph.height + 100);
    // The legend's place swatch is in the strip under the drawing.
    const strip = await page.evaluate(async ({ base64, top }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height - top;
      canvas.getContext('2d')?.drawImage(image, 0, -top);
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    }, { base64: view.toString('base64'), top: Math.round(graph.height + 40) });
    expect(await inkRatio(page, Buffer.from(strip, 'base64'), [0, 114, 178])).toBeGreaterThan(0);

    await page.locator('#png-size').selectOption('view2');
    const double = pngSize(await download(page, '#download-png', 'double.png'));
    expect(double.width).toBe(2 * size.width);
  });

  it('writes an SVG with a circle per shown node on screen and their names as text', async () => {
    const { page } = await openExplorer(browser, `${site.url}?types=place`);
    const svg = (await download(page, '#download-svg', 'view.svg')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        circles: doc.querySelectorAll('circle').length,
        fills: [...doc.querySelectorAll('circle')].map((circle) => circle.getAttribute('fill')),
        texts: [...doc.querySelectorAll('text')].map((text) => text.textContent),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.circles).toBeGreaterThan(10);
    expect(new Set(parsed.fills)).toEqual(new Set([TYPE_COLORS.place]));
    expect(parsed.texts).toContain('重庆');
  });
});
