/**
 * `yugraph build` as a process: progress on a terminal, and a build that is killed or fails leaves
 * the previous graph byte for byte, with no temporary file behind.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, runCommand, type CliResult } from './run-cli.js';

const SEEDS = join(ROOT, 'seeds');
const SEED = join(SEEDS, '000_c37d2372885b0b4c.txt');
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

let dir: string;
/** An out folder holding the previous graph, built by the real CLI under a terminal. */
let previous: string;
let terminalRun: CliResult;
/** The seeds three times over: a build long enough to be killed half-way. */
let bigCorpus: string;

/** File name → SHA-256 of every file in `folder`, hidden ones included. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder).sort()) files[name] = createHash('sha256').update(readFileSync(join(folder, name))).digest('hex');
  return files;
}

let copies = 0;
/** A fresh out folder with a copy of the previous graph. */
function previousGraphCopy(): string {
  const out = join(dir, `out-${++copies}`);
  mkdirSync(out);
  for (const name of readdirSync(previous)) copyFileSync(join(previous, name), join(out, name));
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-build-'));
  previous = join(dir, 'previous');
  bigCorpus = join(dir, 'big');
  mkdirSync(bigCorpus);
  for (const copy of [1, 2, 3]) {
    for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))) copyFileSync(join(SEEDS, name), join(bigCorpus, `${copy}-${name}`));
  }
  // script(1) runs the build on a pseudo-terminal, as a user at a shell would.
  terminalRun = await runCommand('script', ['--quiet', '--return', '--flush', '--command', [process.execPath, CLI, 'build', SEED, '--out', previous].map(quote).join(' '), '/dev/null']);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('yugraph build on a terminal', () => {
  it('builds, showing a progress line that it redraws in place and clears before the summary', () => {
    expect(terminalRun.code).toBe(0);
    expect(Object.keys(snapshot(previous))).toEqual(['graph.gexf', 'graph.json']);
    // jieba's dictionary alone takes over a second, so the line is drawn at least once.
    const ERASE = '\r\x1b[K';
    expect(terminalRun.stdout.startsWith(`${ERASE}yugraph: building… `)).toBe(true);
    // The summary comes after the last erase, on a line of its own.
    expect(terminalRun.stdout.split(ERASE).at(-1)).toMatch(/^yugraph: \d+ entities, \d+ links from \d+ sentences → .*graph\.gexf \(\d+\.\d s\)\r\n$/);
  });
});

describe('yugraph build interrupted', () => {
  /** Starts a build of the big corpus into a copy of the previous graph and sends `signal` once `stage` is done. */
  async function interrupt(signal: NodeJS.Signals, stage: string) {
    const out = previousGraphCopy();
    const before = snapshot(out);
    let sent = false;
    const result = await runCli(['build', bigCorpus, '--out', out, '--verbose'], {
      onStderr: (stderr, child) => {
        if (!sent && stderr.includes(`  ${stage} `)) sent = child.kill(signal);
      },
    });
    return { result, before, after: snapshot(out), out };
  }

  it.each([
    ['SIGTERM', 'jieba load', 143],
    ['SIGINT', 'sentences', 130],
  ] as const)('by %s after %s: exits %i, says so, and leaves the previous graph byte for byte', async (signal, stage, code) => {
    const { result, before, after, out } = await interrupt(signal, stage);
    expect(result).toMatchObject({ code, signal: null, stdout: '' });
    // Half-way: the stage had finished, the write had not begun.
    expect(result.stderr).toContain(`  ${stage} `);
    expect(result.stderr).not.toContain('  write ');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`yugraph: build interrupted by ${signal}; ${out} keeps the previous graph`);
    // Byte for byte, and no temporary file (they are hidden: the snapshot lists hidden files too).
    expect(after).toEqual(before);
  });
});

describe('yugraph build failing', () => {
  it('exits 2 naming a missing input path, and leaves the previous graph', async () => {
    const out = previousGraphCopy();
    const before = snapshot(out);
    const missing = join(dir, 'no-such-folder');
    const result = await runCli(['build', SEED, missing, '--out', out]);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `yugraph: ${missing}: no such file or directory\n` });
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 2 for a folder with no readable document, listing what it skipped and why', async () => {
    const out = previousGraphCopy();
    const before = snapshot(out);
    const corpus = join(dir, 'unreadable');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'report.docx'), 'PK');
    const result = await runCli(['build', corpus, '--out', out]);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `yugraph: no readable document in ${corpus}\n  skipped ${join(corpus, 'empty.txt')}: empty file\n  skipped ${join(corpus, 'report.docx')}: corrupt .docx (End of data reached (data length = 2, asked index = 4). Corrupted zip ?)\n`,
    });
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 2 before any work when --out is a file', async () => {
    const file = join(previous, 'graph.json');
    const result = await runCli(['build', SEED, '--out', file]);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `yugraph: --out ${file}: exists and is not a folder\n` });
  });
});
