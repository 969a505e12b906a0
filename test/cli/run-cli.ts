/**
 * Runs the real CLI (lib/cli/main.js, compiled by `npm run prepare`) as a child process, the way a
 * user or a script does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'lib', 'cli', 'main.js');

let compiled = false;
/** Fails early when lib/ lags behind src/: the tests would otherwise pass or fail on stale code. */
function assertCompiled(): void {
  if (compiled) return;
  for (const part of ['cli', 'core', 'pipeline']) {
    const dir = join(ROOT, 'src', part);
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts')) continue;
      const source = join(dir, name);
      const output = join(ROOT, 'lib', part, name.replace(/\.ts$/, '.js'));
      if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) {
        throw new Error(`${relative(ROOT, output)} is missing or older than its source: run \`npm run prepare\` first`);
      }
    }
  }
  compiled = true;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Called with the stderr seen so far, each time more arrives: lets a test act mid-run. */
  onStderr?: (stderr: string, child: ChildProcess) => void;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return runCommand(process.execPath, [CLI, ...args], options);
}

/** Any command that uses lib/ (a script under a terminal, node -e), with stdin closed and stdout and stderr collected. */
export function runCommand(file: string, args: string[], options: CliOptions = {}): Promise<CliResult> {
  assertCompiled();
  const child = spawn(file, args, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    options.onStderr?.(stderr, child);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => { resolve({ code, signal, stdout, stderr }); });
  });
}
