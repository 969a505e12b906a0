/**
 * The explorer as a browser meets it: built by vite, served from loopback, opened in headless
 * Chromium. Shared by the benchmark and the end-to-end tests, so both measure the same thing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

/** The repository root, from src/bench and from lib/bench alike. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the explorer into `outDir` without graph data: whoever serves it supplies graph.json. */
export async function buildSite(outDir: string): Promise<void> {
  await build({ configFile: join(ROOT, 'vite.config.ts'), publicDir: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export interface Site {
  /** Ends with a slash; the site lives under /explorer/ so that absolute asset paths would fail. */
  url: string;
  close(): Promise<void>;
}

/** Serves `siteDir` at http://127.0.0.1:PORT/explorer/, with `graph` (or a 404 when null) as graph.json. */
export async function serveSite(siteDir: string, graph: string | Buffer | null): Promise<Site> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/explorer/')) return void response.writeHead(404).end();
    const name = path.slice('/explorer/'.length) || 'index.html';
    if (name === 'graph.json') {
      if (graph === null) return void response.writeHead(404).end('not found');
      return void response.writeHead(200, { 'content-type': TYPES['.json'] }).end(graph);
    }
    const file = normalize(join(siteDir, name));
    if (!file.startsWith(siteDir) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/explorer/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => { resolve(); }); }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
