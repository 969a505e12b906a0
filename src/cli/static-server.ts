/**
 * The built explorer (dist/) over HTTP on loopback, with the page's security policy sent as headers:
 * a <meta> CSP cannot forbid framing, and only a header stops MIME sniffing. Only files under the
 * site folder are served; anything else (`../`, `/@fs/`, a symlink leading out) is a 404.
 */
import { readFileSync, realpathSync, statSync, createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Content-Security-Policy of the page's `<meta http-equiv>` tag in `indexHtml`, plus
 * `frame-ancestors 'none'` (which browsers ignore in a meta tag). Throws when the page has none:
 * serving it without a policy would be a silent downgrade.
 */
export function policyOf(indexHtml: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml);
  if (meta?.[1] === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');
  return `${meta[1].trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/** The file under `root` that a request path names, or null when it does not exist or lies outside. */
function fileFor(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  try {
    // realpath resolves `..` and symlinks alike, so the prefix test sees where the file really is.
    const file = realpathSync(join(root, path));
    return file.startsWith(root + sep) && statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * An http.Server (not yet listening) for the static site in `siteDir` (e.g. dist/ after `vite build`).
 * GET and HEAD only; every response carries the CSP, `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`. Throws if `siteDir/index.html` is missing or has no CSP.
 */
export function createStaticServer(siteDir: string): Server {
  const root = realpathSync(siteDir);
  const headers = {
    'content-security-policy': policyOf(readFileSync(join(root, 'index.html'), 'utf8')),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return void response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
    }
    const file = fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (file === null) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      // The graph and page change with each build; hashed assets are fine to revalidate too on loopback.
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  });
}
