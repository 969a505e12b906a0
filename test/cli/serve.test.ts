/**
 * `yugraph serve` as a browser meets it: the real CLI serving the built site on an ephemeral loopback
 * port, asked with real HTTP clients. fetch cannot send `../` (URL parsing removes dot segments),
 * so the traversal requests go through node:http with the path exactly as written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './run-cli.js';

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  base = await new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (url) resolve(url[0]);
    });
    child.on('exit', (code) => { reject(new Error(`serve exited with ${code}: ${stderr}`)); });
  });
});

afterAll(async () => {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

/** Status of a GET with `path` sent verbatim, dot segments and all. */
function rawStatus(path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => { response.resume(); resolve(response.statusCode ?? 0); }).on('error', reject).end();
  });
}

describe('yugraph serve', () => {
  it('serves the built page with the meta tag policy, frame-ancestors, nosniff and no-referrer as headers', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<div id="filters">');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(ROOT, 'src/web/index.html'), 'utf8'))?.[1];
    expect(meta).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // The page's script and style, with their own types and the same headers.
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script ?? '', base));
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the graph the page loads, as the committed graph/graph.json', async () => {
    const response = await fetch(new URL('graph.json', base));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(ROOT, 'graph/graph.json'), 'utf8'));
  });

  it('answers 404 for the dev server /@fs/ paths and every way out of dist/', async () => {
    expect((await fetch(new URL(`@fs${join(ROOT, 'package.json')}`, base))).status).toBe(404);
    expect((await fetch(new URL('src/web/main.ts', base))).status).toBe(404);
    for (const path of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/..%2f..%2f..%2fetc%2fpasswd', '/index.html%00']) {
      expect(await rawStatus(path), path).toBe(404);
    }
    const post = await fetch(base, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
