/**
 * Shared fixtures for the explorer's end-to-end tests: one `vite build` and one seed graph per
 * source state (cached under test-artifacts/e2e and shared between test files through a lock),
 * and the loopback static server and headless Chromium that the benchmark uses too (src/bench/site.ts).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../src/bench/site.js';

import { launchBrowser, serveSite, type Site } from '../../src/bench/site.js';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';

export { launchBrowser, serveSite, type Site };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CACHE = join(ARTIFACTS, 'e2e');
const run = promisify(execFile);

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => join(path, name)).filter((file) => statSync(file).isFile()).sort();
}

/** A digest of the files' paths (relative to `base`) and contents: cached outputs are rebuilt as soon as an input changes. */
function digest(paths: string[], base = ROOT): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(filesUnder)) hash.update(relative(base, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Per test: Chromium draws with software WebGL here, and on a busy two-core machine one page can take seconds. */
export const E2E_TIMEOUT = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 180_000;

/**
 * Makes `${name}-${key}` once: test files run in parallel workers, so the first to take the lock
 * builds while the others wait for its `.done` marker.
 */
async function once(name: string, key: string, make: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(CACHE, `${name}-${key}`);
  const done = join(dir, '.done');
  const lock = `${dir}.lock`;
  mkdirSync(CACHE, { recursive: true });
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      if (!existsSync(done)) {
        for (const old of readdirSync(CACHE)) if (old.startsWith(`${name}-`) && !old.endsWith('.lock')) rmSync(join(CACHE, old), { recursive: true, force: true });
        await make(dir);
        writeFileSync(done, '');
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/** The explorer built by vite (without graph data: each test serves its own graph.json). */
export function builtSite(): Promise<string> {
  const inputs = ['src/web', 'src/core', 'src/bench/site.ts', 'vite.config.ts', 'package.json'].map((path) => join(ROOT, path));
  return once('site', digest(inputs), buildSite);
}

/** graph.json built from a folder of documents by the real pipeline (lib/, compiled by `npm run prepare`). */
export async function graphFrom(inputDir: string): Promise<string> {
  const cli = join(ROOT, 'lib', 'cli', 'main.js');
  if (!existsSync(cli)) throw new Error('lib/cli/main.js is missing: run `npm run prepare` first');
  // Named after the documents' contents (wherever they are), keyed by the pipeline's code.
  const dir = await once(`graph-${digest([inputDir], inputDir)}`, digest([join(ROOT, 'lib')]), async (out) => {
    await run(process.execPath, [cli, 'build', inputDir, '--out', out, '--quiet'], { cwd: ROOT });
  });
  return join(dir, 'graph.json');
}

export const seedGraph = () => graphFrom(join(ROOT, 'seeds'));

export interface Opened {
  page: Page;
  /** Messages of every dialog (alert, confirm…) the page tried to open: there must be none. */
  dialogs: string[];
  /** Uncaught page errors and console errors, CSP violations included. */
  errors: string[];
}

/** One page per browser, reused by the tests of a file (they run one after another): fresh pages cost seconds here. */
const pages = new WeakMap<Browser, Opened>();

/** Loads the explorer at `url` and waits until it is ready or shows its error message. */
export async function openExplorer(browser: Browser, url: string): Promise<Opened> {
  let opened = pages.get(browser);
  if (!opened) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const fresh: Opened = { page, dialogs: [], errors: [] };
    page.on('dialog', (dialog) => {
      fresh.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => fresh.errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') fresh.errors.push(message.text()); });
    opened = fresh;
    pages.set(browser, opened);
  }
  opened.dialogs.length = 0;
  opened.errors.length = 0;
  // Through a blank page, so that the same URL twice is still a fresh load.
  await opened.page.goto('about:blank');
  await opened.page.goto(url);
  await opened.page.waitForSelector('body[data-ready="true"], #error:not([hidden])');
  return opened;
}

/**
 * Share of a PNG's pixels that are not (near) white, or that are close to `color` when given.
 * The browser decodes the image (the page's CSP allows data: images).
 */
export async function inkRatio(page: Page, png: Buffer, color?: [number, number, number]): Promise<number> {
  return page.evaluate(async ({ base64, color }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const hit = color ? Math.hypot(r - color[0], g - color[1], b - color[2]) < 30 : r < 235 || g < 235 || b < 235;
      if (hit) count++;
    }
    return count / (data.length / 4);
  }, { base64: png.toString('base64'), color });
}

/** The built site serving the seed graph, a browser, and the graph as the page reads it: where most e2e files start. */
export interface SeedExplorer {
  browser: Browser;
  site: Site;
  data: SerializedYuGraph;
  close: () => Promise<void>;
}

export async function openSeedExplorer(): Promise<SeedExplorer> {
  const [siteDir, graphFile] = await Promise.all([builtSite(), seedGraph()]);
  const text = readFileSync(graphFile);
  const site = await serveSite(siteDir, text);
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await site.close();
  };
  return { browser, site, data: JSON.parse(text.toString('utf8')) as SerializedYuGraph, close };
}

/** The shown node and edge counts the page reports under its filters. */
export async function shownCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const [nodes = NaN, edges = NaN] = ((await page.locator('#summary').textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  return { nodes, edges };
}

/**
 * Where sigma draws `node` once the camera has stopped gliding to frame the selection: its drawn
 * position (CSS pixels in the canvas), read until two reads 150 ms apart agree. A slow machine glides longer.
 */
export async function settledPosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  const read = async () => (await page.evaluate(() => window.yugraph?.shownPositions() ?? [])).find((point) => point.node === node);
  let last = await read();
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now && last && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  throw new Error(`${node} is not drawn, or never comes to rest`);
}
