import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';

/** The checkout: three levels above both src/cli/commands and lib/cli/commands. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_PORT = 5173;

const help = `usage: yugraph serve [--port N]

Serves the explorer with vite's dev server on http://127.0.0.1:${DEFAULT_PORT}/ (loopback only).
If graph/graph.json does not exist yet it is first built from seeds/.
For a static copy to publish, run \`npm run build\` and serve dist/.

options:
  --port N   port to listen on (default ${DEFAULT_PORT}); fails if it is taken`;

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`--port must be a port number, got "${value}"`);
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

async function serve(port: number): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new UserError('serve needs the development dependencies (run npm install in the checkout)');
  }
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
  process.stdout.write(`yugraph explorer: ${url}\n(Ctrl+C stops the server)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { void server.close().then(resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const command: Command = {
  name: 'serve',
  summary: 'open the explorer on http://127.0.0.1:5173 (builds the graph first if missing)',
  help,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' } }, false);
    const port = parsePort(values.port);
    await ensureGraph();
    await serve(port);
    return EXIT.ok;
  },
};
