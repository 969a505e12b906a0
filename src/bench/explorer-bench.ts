/**
 * The explorer in headless Chromium: navigation to sigma's first frame on the seed graph and on a
 * synthetic graph of 20k nodes and 100k edges, the delay from hovering a node to the frame that
 * shows it (on both: on the seeds hovering fades all but the node's neighbourhood), and on the seeds
 * the delay from a click in the panel to the frame showing the new panel and highlight. Everything
 * is driven from outside, as a user would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launchBrowser, serveSite } from './site.js';
import { syntheticGraph } from './synthetic-graph.js';

export interface ExplorerFigures {
  explorer_first_frame_ms_seeds: number;
  explorer_first_frame_ms_20k: number;
  explorer_hover_ms_20k: number;
  explorer_hover_ms_seeds: number;
  explorer_panel_ms_seeds: number;
}

/** What the page-side probes touch: the bench compiles against Node's types, not the DOM's. */
interface PageGlobals {
  /** Set by the explorer when sigma has drawn its first frame (src/web/main.ts). */
  yugraph?: { firstFrame: number; shownPositions: () => { node: string; x: number; y: number }[] };
  benchPanel?: Promise<number>;
  document: { querySelector(selector: string): { click(): void } | null };
  /** Set by `presentedProbe` once that frame has gone through the compositor. */
  benchPresented?: number;
  benchHover?: Promise<number>;
  requestAnimationFrame(callback: () => void): number;
  addEventListener(type: 'mousemove', listener: (event: { timeStamp: number }) => void, options: { once: true }): void;
}

const SEED_GRAPH = fileURLToPath(new URL('../../graph/graph.json', import.meta.url));
const VIEWPORT = { width: 1440, height: 900 };
const SEED_LOADS = 5;
const LARGE_LOADS = 3;
const HOVERS = 9;
/** Software WebGL on a busy two-core machine: a 20k-node load takes well over ten seconds to present. */
const TIMEOUT = 180_000;

const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs in the page before its own scripts. The first animation frame after sigma's first render is
 * the one that shows it; the task after that frame sees it composited, which with software WebGL
 * includes rasterizing every edge. Waiting for it keeps one load's work out of the next measurement.
 */
function presentedProbe(): void {
  const page = globalThis as unknown as PageGlobals;
  const poll = () => page.requestAnimationFrame(() => {
    if (page.yugraph === undefined) {
      poll();
      return;
    }
    setTimeout(() => { page.benchPresented = performance.now(); }, 0);
  });
  poll();
}

interface Load {
  page: Page;
  firstFrame: number;
  presented: number;
  close(): Promise<void>;
}

/** A first visit: a fresh browser context, so no cache or compiled code survives from the previous load. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(TIMEOUT);
  await context.addInitScript(presentedProbe);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"], #error:not([hidden])');
  if (await page.isVisible('#error')) throw new Error(`the explorer failed to load: ${await page.textContent('#error-message') ?? ''}`);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).benchPresented !== undefined);
  const { firstFrame, presented } = await page.evaluate(() => {
    const probed = globalThis as unknown as PageGlobals;
    return { firstFrame: probed.yugraph?.firstFrame ?? NaN, presented: probed.benchPresented ?? NaN };
  });
  return { page, firstFrame, presented, close: () => context.close() };
}

/**
 * Moves the mouse onto the synthetic graph's central hub and measures from the mousemove event to
 * the end of the next frame. Sigma handles the move on document, reads the node under the pointer
 * back from its picking buffer and schedules the hover layer's redraw in a frame callback; the
 * probe listens on window, so it runs after sigma and its frame callback after sigma's.
 */
async function hover(page: Page, at?: { x: number; y: number }): Promise<number> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not displayed');
  const target = at ?? { x: box.width / 2, y: box.height / 2 };
  await page.evaluate(() => {
    const probed = globalThis as unknown as PageGlobals;
    probed.benchHover = new Promise((resolve) => {
      probed.addEventListener('mousemove', (event) => {
        probed.requestAnimationFrame(() => { setTimeout(() => { resolve(performance.now() - event.timeStamp); }, 0); });
      }, { once: true });
    });
  });
  await page.mouse.move(box.x + target.x, box.y + target.y);
  const ms = await page.evaluate(() => (globalThis as unknown as PageGlobals).benchHover);
  // The explorer marks the container on enterNode: without it the move hovered nothing.
  if (ms === undefined || !(await page.isVisible('#graph.pointer'))) throw new Error('the mouse move hovered no node');
  // Off the node to an empty corner of the stage, so that the next move enters it afresh.
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForSelector('#graph:not(.pointer)', { state: 'attached' });
  await sleep(200);
  return ms;
}

/** The largest node of the seed graph, where the page shows it: the hub that has the most to fade and highlight. */
async function seedHub(page: Page): Promise<{ x: number; y: number }> {
  const points = await page.evaluate(() => (globalThis as unknown as PageGlobals).yugraph?.shownPositions() ?? []);
  const hub = points.find((point) => point.node === '重庆市') ?? points[0];
  if (!hub) throw new Error('the seed graph shows no node');
  return hub;
}

/** Clicks the panel's `selector` and measures to the end of the next frame; Escape returns to the start panel. */
async function panelClick(page: Page, selector: string): Promise<number> {
  const ms = await page.evaluate((selector) => {
    const probed = globalThis as unknown as PageGlobals;
    const start = performance.now();
    probed.document.querySelector(selector)?.click();
    return new Promise<number>((resolve) => { probed.requestAnimationFrame(() => { setTimeout(() => { resolve(performance.now() - start); }, 0); }); });
  }, selector);
  await page.locator('#panel .node-view').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#panel .start').waitFor();
  await sleep(200);
  return ms;
}

export async function benchExplorer(): Promise<ExplorerFigures> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'yugraph-bench-site-'));
  const browser = await launchBrowser();
  try {
    await buildSite(dir);
    const loads = async (graph: Buffer, runs: number, last?: (page: Page) => Promise<void>) => {
      const site = await serveSite(dir, graph);
      const firstFrames: number[] = [];
      try {
        for (let run = 0; run < runs; run++) {
          const opened = await load(browser, site.url);
          log(`  first frame ${Math.round(opened.firstFrame)} ms, presented ${Math.round(opened.presented)} ms`);
          firstFrames.push(opened.firstFrame);
          if (run === runs - 1) await last?.(opened.page);
          await opened.close();
        }
      } finally {
        await site.close();
      }
      return median(firstFrames);
    };

    log('loading the explorer on the seed graph…');
    const seedHovers: number[] = [];
    const panels: number[] = [];
    const seeds = await loads(readFileSync(SEED_GRAPH), SEED_LOADS, async (page) => {
      const hub = await seedHub(page);
      for (let round = 0; round < HOVERS; round++) seedHovers.push(await hover(page, hub));
      for (let round = 0; round < HOVERS; round++) panels.push(await panelClick(page, `#panel .suggestions li:nth-child(${(round % 5) + 1}) button`));
      log(`  hovers ${seedHovers.map(Math.round).join(', ')} ms; panel ${panels.map(Math.round).join(', ')} ms`);
    });
    log('loading the explorer on a synthetic graph of 20,000 nodes and 100,000 edges…');
    const large = Buffer.from(JSON.stringify(syntheticGraph(20_000, 100_000).export()));
    const hovers: number[] = [];
    const largeFirstFrame = await loads(large, LARGE_LOADS, async (page) => {
      for (let round = 0; round < HOVERS; round++) hovers.push(await hover(page));
      log(`  hovers ${hovers.map(Math.round).join(', ')} ms`);
    });
    return {
      explorer_first_frame_ms_seeds: seeds,
      explorer_first_frame_ms_20k: largeFirstFrame,
      explorer_hover_ms_20k: median(hovers),
      explorer_hover_ms_seeds: median(seedHovers),
      explorer_panel_ms_seeds: median(panels),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
