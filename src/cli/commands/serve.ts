import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';
import { createStaticServer } from '../static-server.js';

/** The checkout: three levels above both src/cli/commands and lib/cli/commands. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_PORT = 5173;

const help = `usage: yugraph serve [--port N] [--dev]

Serves the built explorer (dist/) on http://127.0.0.1:${DEFAULT_PORT}/ (loopback only), with its
Content-Security-Policy, X-Content-Type-Options and Referrer-Policy sent as headers.
If graph/graph.json does not exist yet it is first built from seeds/; dist/ is (re)built with
vite when it is missing or older than the explorer's sources or the graph.

options:
  --port N   port to listen on (default ${DEFAULT_PORT}; 0 picks a free one); fails if it is taken
  --dev      vite's dev server instead, with hot reload: for development only, it serves the checkout`;

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, got "${value}"`);
  return port;
}

async function ensureGraph(): Promise<void> {
  const graphDir = join(ROOT, 'graph');
  if (existsSync(join(graphDir, 'graph.json'))) return;
  process.stderr.write('yugraph: graph/graph.json is missing, building it from seeds/ …\n');
  // Loaded only when needed: the pipeline pulls in jieba and its dictionaries.
  const [{ buildGraph }, { InputError }] = await Promise.all([import('../../pipeline/build.js'), import('../../pipeline/ingest.js')]);
  try {
    const { graph } = await buildGraph([join(ROOT, 'seeds')], graphDir);
    process.stderr.write(`yugraph: ${graph.order} entities, ${graph.size} links → graph/graph.json\n`);
  } catch (error) {
    if (error instanceof InputError) throw new UserError(error.message, EXIT.inputError);
    throw error;
  }
}

async function loadVite(): Promise<typeof import('vite')> {
  try {
    return await import('vite');
  } catch {
    throw new UserError('serve needs the development dependencies (run npm install in the checkout)');
  }
}

/** The newest modification time (ms) of the files under `paths`. */
function newest(paths: string[]): number {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const names = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => join(path, name)) : [path];
    for (const name of names) latest = Math.max(latest, statSync(name).mtimeMs);
  }
  return latest;
}

/** Runs `vite build` into dist/ unless dist/index.html is newer than every input of the build. */
async function ensureSite(): Promise<string> {
  const dist = join(ROOT, 'dist');
  const index = join(dist, 'index.html');
  const inputs = ['src/web', 'src/core', 'graph', 'vite.config.ts', 'package.json'].map((path) => join(ROOT, path));
  if (existsSync(index) && statSync(index).mtimeMs >= newest(inputs)) return dist;
  process.stderr.write('yugraph: building the explorer into dist/ …\n');
  const vite = await loadVite();
  await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}

async function untilStopped(close: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = () => { void close().then(resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function serveBuilt(port: number): Promise<void> {
  const server: Server = createStaticServer(await ensureSite());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => { reject(new UserError(`cannot listen on 127.0.0.1:${port}: ${error.message}`)); });
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  process.stdout.write(`yugraph explorer: http://127.0.0.1:${bound}/\n(Ctrl+C stops the server)\n`);
  await untilStopped(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => { resolve(); }); }));
}

async function serveDev(port: number): Promise<void> {
  const vite = await loadVite();
  const server = await vite.createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    server: { host: '127.0.0.1', port, strictPort: true },
    clearScreen: false,
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw new UserError(`cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  process.stdout.write(`yugraph explorer (dev server): ${url}\n(Ctrl+C stops the server)\n`);
  await untilStopped(() => server.close());
}

export const command: Command = {
  name: 'serve',
  summary: 'serve the built explorer on http://127.0.0.1:5173 (builds the graph and site first if needed)',
  help,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, dev: { type: 'boolean' } }, false);
    const port = parsePort(values.port);
    await ensureGraph();
    await (values.dev === true ? serveDev(port) : serveBuilt(port));
    return EXIT.ok;
  },
};
