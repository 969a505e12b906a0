import { fork } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { constants, totalmem } from 'node:os';
import { join } from 'node:path';
import { lockSync } from 'proper-lockfile';
import { fileURLToPath } from 'node:url';
import { removeStaleTemporaryFiles, removeTemporaryFiles } from '../../pipeline/atomic-write.js';
import type { BuildMessage, BuildRequest } from '../build-child.js';
import { EXIT, parseCommandArgs, UserError, writeLines, type Command } from '../command.js';

/** A status line redrawn in place on a terminal, from the first second on; nothing when stderr is a pipe or a file. */
class Progress {
  private readonly timer: NodeJS.Timeout | undefined;
  private shown = false;
  private lastStage = '';

  constructor(private readonly stream: NodeJS.WriteStream, private readonly started: number, enabled: boolean) {
    if (enabled && stream.isTTY) this.timer = setInterval(() => { this.draw(); }, 1000);
  }

  stage(name: string): void {
    this.lastStage = name;
    if (this.shown) this.draw();
  }

  /** Writes a line of its own above the status line. */
  log(line: string): void {
    const shown = this.shown;
    this.erase();
    this.stream.write(`${line}\n`);
    if (shown) this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    this.erase();
  }

  private draw(): void {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(0);
    const done = this.lastStage === '' ? '' : ` (${this.lastStage} done)`;
    this.stream.write(`\r\x1b[Kyugraph: building… ${seconds} s${done}`);
    this.shown = true;
  }

  private erase(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Node's default heap (about 4 GB) is too small for a 100 MB document; allow up to three quarters of
 * the machine's memory (at least the default), so a large corpus runs on any machine that can hold it.
 */
function heapLimitMb(): number {
  return Math.max(4096, Math.floor((totalmem() / 2 ** 20) * 0.75));
}

/** Where `yugraph build` holds its lock on an out folder, and how long a lock may go unrefreshed before it counts as left by a dead build. */
const LOCK = { name: '.yugraph-build.lock', staleMs: 20_000 };

/**
 * Takes the out folder for this build, so that two builds into it never interleave their files;
 * a second build exits 2 at once. proper-lockfile's lock is a folder created atomically and kept
 * fresh while this process lives: one left by a killed build goes stale and is taken over.
 * Returns the release function.
 */
function lockOut(out: string): () => void {
  mkdirSync(out, { recursive: true });
  const lockfilePath = join(out, LOCK.name);
  try {
    // A lock that could not be refreshed (the folder was removed mid-build) is only advisory: not a crash.
    const release = lockSync(out, { lockfilePath, stale: LOCK.staleMs, realpath: false, onCompromised: () => undefined });
    return () => {
      try {
        release();
      } catch {
        // Already gone with its folder.
      }
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new UserError(`another yugraph build is writing ${out} (it holds ${lockfilePath}); wait for it to finish and build again`, EXIT.inputError);
  }
}

export const command: Command = {
  name: 'build',
  summary: 'build the graph from a folder of documents (default: seeds → graph)',
  help: `usage: yugraph build [DIR|FILE ...] [--out DIR] [--workers N] [--verbose] [--quiet]

Reads documents (folders are walked, each real folder once; a manifest.json beside them supplies
titles and dates): .txt and .md text in UTF-8, UTF-16, GB18030/GBK or Big5; web pages (.html,
.htm, .shtml: the article only); Word .docx; PDFs with a text layer. Files that cannot be read
(empty, binary, scanned or encrypted PDFs, old .doc, other extensions) are skipped with the reason.
Extracts entities and their links, and writes DIR/graph.json and DIR/graph.gexf atomically.

  --out DIR     where to write (default: graph)
  --workers N   extraction threads (default: one per core once the corpus has a million
                characters or more; each thread loads its own jieba dictionary)
  --verbose     print the time each stage took
  --quiet       no progress line and no summary line

On a terminal a progress line shows how long the build has been running. Interrupted (Ctrl-C,
SIGTERM), the build removes its temporary files and leaves the previous graph in place; the build
process stops when this one dies, and temporary files of dead builds are removed on the next run.

exit codes: 0 built, 1 usage error, 2 input error (missing path, no readable document, output
not writable, another build writing into the same --out), 130 interrupted by SIGINT, 143 by SIGTERM, 128 + N when the build process was killed
by signal N (137: SIGKILL, e.g. out of memory), 70 internal error

example: npx yugraph build seeds --out graph --verbose`,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', default: 'graph' },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      workers: { type: 'string' },
    });
    const request: BuildRequest = { inputs: positionals.length > 0 ? positionals : ['seeds'], out: values.out };
    if (values.workers !== undefined) {
      const workers = Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new UserError(`--workers takes a whole number of 1 or more, got "${values.workers}"`, EXIT.usage);
      request.workers = workers;
    }
    if (existsSync(request.out) && !statSync(request.out).isDirectory()) {
      throw new UserError(`--out ${request.out}: exists and is not a folder`, EXIT.inputError);
    }
    const release = lockOut(request.out);
    removeStaleTemporaryFiles(request.out);
    const started = performance.now();
    const progress = new Progress(process.stderr, started, !values.quiet);
    // The build runs in a child process so that this one can stop it at once (see build-child.ts).
    const child = fork(fileURLToPath(new URL('../build-child.js', import.meta.url)), [JSON.stringify(request)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, `--max-old-space-size=${heapLimitMb()}`],
    });
    let outcome: BuildMessage | undefined;
    let spawnError: Error | undefined;
    let interrupted: (typeof SIGNALS)[number] | undefined;
    const interrupt = (signal: (typeof SIGNALS)[number]) => {
      interrupted = signal;
      child.kill('SIGKILL');
    };
    for (const signal of SIGNALS) process.once(signal, interrupt);

    child.on('message', (message: BuildMessage) => {
      if (message.kind !== 'stage') outcome = message;
      else {
        progress.stage(message.stage);
        if (values.verbose) progress.log(`  ${message.stage.padEnd(11)} ${message.seconds.toFixed(3)} s`);
      }
    });
    return new Promise((resolve, reject) => {
      let finished = false;
      const finish = (code: number | null, killedBy: NodeJS.Signals | null) => {
        if (finished) return;
        finished = true;
        release();
        for (const signal of SIGNALS) process.off(signal, interrupt);
        progress.stop();
        if (outcome?.kind === 'done') {
          for (const { file, reason } of outcome.skipped) writeLines(process.stderr, [`yugraph: skipped ${file}: ${reason}`]);
          if (!values.quiet) {
            const seconds = (performance.now() - started) / 1000;
            process.stderr.write(
              `yugraph: ${outcome.entities} entities, ${outcome.links} links from ${outcome.sentences} sentences ` +
                `→ ${request.out}/graph.json, ${request.out}/graph.gexf (${seconds.toFixed(1)} s)\n`,
            );
          }
          resolve(EXIT.ok);
          return;
        }
        if (child.pid !== undefined) removeTemporaryFiles(request.out, child.pid);
        if (interrupted) {
          process.stderr.write(`yugraph: build interrupted by ${interrupted}; ${request.out} keeps the previous graph\n`);
          resolve(128 + constants.signals[interrupted]);
        } else if (outcome?.kind === 'failed') {
          reject(new UserError(outcome.message, EXIT.inputError));
        } else if (killedBy !== null && outcome === undefined && spawnError === undefined) {
          // Killed from outside (the kernel's out-of-memory killer, kill -9): not a bug in yugraph.
          process.stderr.write(`yugraph: the build was killed (${killedBy}); ${request.out} keeps the previous graph\n`);
          resolve(128 + constants.signals[killedBy]);
        } else {
          const crash = spawnError ?? new Error(`the build process stopped (${killedBy ?? `exit code ${code}`})`);
          if (outcome?.kind === 'crashed') crash.stack = outcome.stack;
          reject(crash);
        }
      };
      child.on('close', finish);
      child.on('error', (error) => {
        spawnError = error;
        // A process that could not be started (no pid: EAGAIN, out of memory) may never close.
        if (child.pid === undefined) finish(null, null);
      });
    });
  },
};
