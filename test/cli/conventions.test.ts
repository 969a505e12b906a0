/**
 * What every command owes a shell user: --help, --version, data on stdout and diagnostics on
 * stderr, and the documented exit codes (0 ok, 1 not found or usage, 2 input error).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './run-cli.js';

/** The registered commands, as the overview lists them. */
let commands: string[];

beforeAll(async () => {
  const { stdout } = await runCli(['--help']);
  commands = [...(stdout.split('\ncommands:\n')[1] ?? '').matchAll(/^ {2}(\S+) {2,}\S/gm)].map((match) => match[1] ?? '');
});

describe('yugraph', () => {
  it('--help lists the commands and the exit codes on stdout', async () => {
    const result = await runCli(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^yugraph: .*\n\nusage: yugraph <command> \[options\]\n/);
    expect(result.stdout).toContain('exit codes: 0 ok, 1 not found or usage error, 2 input error');
    expect(commands).toEqual(expect.arrayContaining(['build', 'eval', 'serve', 'search', 'neighbors', 'path', 'stats', 'export']));
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('with no command, prints the overview on stderr and exits 1', async () => {
    const result = await runCli([]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('usage: yugraph <command> [options]');
  });

  it('exits 1 on an unknown command, naming it on stderr', async () => {
    const result = await runCli(['frobnicate', '--out', 'x']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^yugraph: unknown command "frobnicate"\n/);
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [CLI, '--help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has even started: its first write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('every command', () => {
  it('--help prints its usage on stdout and exits 0; -h too', async () => {
    const runs = commands.flatMap((command) => ['--help', '-h'].map(async (flag) => ({ command, flag, result: await runCli([command, flag]) })));
    for (const { command, flag, result } of await Promise.all(runs)) {
      expect(result, `${command} ${flag}`).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout, `${command} ${flag}`).toMatch(new RegExp(`^usage: yugraph ${command}\\b`));
    }
  });

  it('exits 1 on an unknown option, naming it on stderr and printing nothing on stdout', async () => {
    const runs = commands.map(async (command) => ({ command, result: await runCli([command, '--no-such-option']) }));
    for (const { command, result } of await Promise.all(runs)) {
      expect(result, command).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr, command).toMatch(/^yugraph: Unknown option '--no-such-option'/);
    }
  });
});
