#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { escapeControls, EXIT, UserError, type Command } from './command.js';

/**
 * Commands load lazily so that a query never pays for jieba's dictionary or the build pipeline.
 */
const commands: Record<string, () => Promise<{ command: Command }>> = {
  build: () => import('./commands/build.js'),
  eval: () => import('./commands/eval.js'),
  serve: () => import('./commands/serve.js'),
  neighbors: () => import('./commands/neighbors.js'),
  path: () => import('./commands/path.js'),
  search: () => import('./commands/search.js'),
  stats: () => import('./commands/stats.js'),
  export: () => import('./commands/export.js'),
  explain: () => import('./commands/explain.js'),
  compare: () => import('./commands/compare.js'),
  timeline: () => import('./commands/timeline.js'),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function overview(): Promise<string> {
  const lines = ['yugraph: knowledge graphs from Chinese policy documents', '', 'usage: yugraph <command> [options]', '', 'commands:'];
  for (const load of Object.values(commands)) {
    const { command } = await load();
    lines.push(`  ${command.name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', 'yugraph <command> --help shows the options of a command.', 'exit codes: 0 ok, 1 not found or usage error, 2 input error');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error: the overview is a diagnostic then, not the requested output.
    process.stderr.write(`${await overview()}\n`);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await overview()}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`yugraph: unknown command "${name}"\n\n${await overview()}\n`);
    return EXIT.usage;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
  return command.run(rest);
}

// A reader that stops early (`yugraph search x | head -1`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof UserError) {
      process.stderr.write(`yugraph: ${error.message.split('\n').map(escapeControls).join('\n')}\n`);
      process.exitCode = error.code;
    } else {
      process.stderr.write(`yugraph: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
