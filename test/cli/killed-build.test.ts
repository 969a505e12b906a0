/**
 * A build whose processes are killed from outside: `kill -9` of the CLI (the build child must not
 * outlive it and replace the graph later), SIGKILL of the build child (the out-of-memory killer),
 * the temporary files such deaths leave behind, and two builds into one folder at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const SEEDS = join(ROOT, 'seeds');
/** A valid graph that the seeds would not build: any replacement of it shows. */
const PREVIOUS = readFileSync(join(ROOT, 'graph', 'graph.json'), 'utf8').replace('"name":"yugraph"', '"name":"the previous graph"');

let dir: string;
let outs = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-killed-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function previousGraph(): string {
  const out = join(dir, `out-${++outs}`);
  mkdirSync(out);
  writeFileSync(join(out, 'graph.json'), PREVIOUS);
  writeFileSync(join(out, 'graph.gexf'), '<gexf/>');
  return out;
}

/** Ids of the processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name (in parentheses, which may hold spaces): state, ppid, …
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(name));
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('yugraph build killed, or run twice at once', () => {
  it('with kill -9 of the CLI: the build child stops too, and never replaces the previous graph', async () => {
    const out = previousGraph();
    let orphan: number | undefined;
    // The child shares the CLI's stderr: the run only closes once the orphan has exited as well.
    const result = await runCli(['build', SEEDS, '--out', out, '--verbose'], {
      onStderr: (stderr, cli) => {
        if (orphan !== undefined || !stderr.includes('  ingest ') || cli.pid === undefined) return;
        orphan = childrenOf(cli.pid)[0];
        cli.kill('SIGKILL');
      },
    });
    expect(orphan).toBeDefined();
    expect(result.signal).toBe('SIGKILL');
    expect(alive(orphan ?? 0)).toBe(false);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(PREVIOUS);
    // No temporary file; the dead CLI's lock stays until it goes stale.
    expect(readdirSync(out).sort()).toEqual(['.yugraph-build.lock', 'graph.gexf', 'graph.json']);
    expect(result.stderr).not.toMatch(/EPIPE|internal error|\n {4}at /);
  }, 120_000);

  it('with SIGKILL of the build child: says so in a sentence, exits 137 and keeps the previous graph', async () => {
    const out = previousGraph();
    let killed = false;
    const result = await runCli(['build', SEEDS, '--out', out, '--verbose'], {
      onStderr: (stderr, cli) => {
        if (killed || !stderr.includes('  ingest ') || cli.pid === undefined) return;
        const [child] = childrenOf(cli.pid);
        if (child !== undefined) killed = spawnSync('kill', ['-9', String(child)]).status === 0;
      },
    });
    expect(killed).toBe(true);
    expect(result.code).toBe(137);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`yugraph: the build was killed (SIGKILL); ${out} keeps the previous graph`);
    expect(result.stderr).not.toContain('internal error');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(PREVIOUS);
  }, 120_000);

  it('two builds into one --out at once: the second exits 2 with a clear message, the first builds', async () => {
    const out = previousGraph();
    let second: Promise<Awaited<ReturnType<typeof runCli>>> | undefined;
    const first = await runCli(['build', SEEDS, '--out', out, '--verbose'], {
      onStderr: (stderr) => {
        if (second === undefined && stderr.includes('  ingest ')) second = runCli(['build', SEEDS, '--out', out]);
      },
    });
    expect(first.code).toBe(0);
    expect(await second).toMatchObject({
      code: 2,
      stderr: `yugraph: another yugraph build is writing ${out} (it holds ${join(out, '.yugraph-build.lock')}); wait for it to finish and build again\n`,
    });
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).not.toBe(PREVIOUS);
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.json']);
  }, 120_000);

  it('removes temporary files of builds that died, and leaves those of live processes', async () => {
    const out = previousGraph();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, `.graph.json.${dead}.tmp`), '{"half":');
    writeFileSync(join(out, `.graph.gexf.${dead}.tmp`), '<gexf');
    writeFileSync(join(out, `.graph.json.${process.pid}.tmp`), 'still being written');
    const result = await runCli(['build', join(SEEDS, '002_2628194e4fe465e0.txt'), '--out', out, '--quiet']);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`.graph.json.${process.pid}.tmp`, 'graph.gexf', 'graph.json']);
  }, 120_000);
});

describe('yugraph build output', () => {
  it('escapes a line break in a skipped file\'s name instead of printing a fake status line', async () => {
    const corpus = join(dir, 'names');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'report.txt'), readFileSync(join(SEEDS, '002_2628194e4fe465e0.txt')));
    writeFileSync(join(corpus, 'x\nyugraph: 0 entities.txt'), '');
    const result = await runCli(['build', corpus, '--out', join(dir, 'names-out')]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`yugraph: skipped ${join(corpus, 'x')}\\nyugraph: 0 entities.txt: empty file`);
    expect(lines).toHaveLength(2);
  }, 120_000);
});
