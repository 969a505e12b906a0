/**
 * Benchmark: one very large document through the real build. Repeats the seed documents'
 * paragraphs into a single file of --mb megabytes (default 100) in a temporary folder, builds its
 * graph there, and prints the time of every stage, the total and the peak resident memory.
 *
 * usage: node lib/bench/big-document.js [--mb 100]
 */
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../pipeline/build.js';

const SEEDS = new URL('../../seeds/', import.meta.url);

/** The seed paragraphs (line-separated blocks), so the document mixes every layout the seeds have. */
function seedParagraphs(): string[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, SEEDS), 'utf8').split(/\n{2,}/))
    .filter((paragraph) => paragraph.trim() !== '');
}

/** Writes paragraphs in turn until the file reaches `bytes`; returns the size written. */
function writeDocument(path: string, bytes: number): number {
  const paragraphs = seedParagraphs().map((paragraph) => Buffer.from(`${paragraph}\n\n`));
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (let i = 0; written < bytes; i++) written += writeSync(fd, paragraphs[i % paragraphs.length] ?? Buffer.alloc(0));
  } finally {
    closeSync(fd);
  }
  return written;
}

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' } } });
const megabytes = Number(values.mb);
if (!(megabytes > 0)) throw new Error(`--mb must be a positive number, got "${values.mb}"`);

const dir = mkdtempSync(join(tmpdir(), 'yugraph-bench-'));
try {
  const size = writeDocument(join(dir, 'big.txt'), megabytes * 1024 * 1024);
  process.stdout.write(`big-document: ${(size / 1024 / 1024).toFixed(1)} MB of repeated seed paragraphs\n`);
  const started = performance.now();
  const result = await buildGraph([join(dir, 'big.txt')], join(dir, 'graph'), {
    onStage: (stage, seconds) => process.stdout.write(`  ${stage.padEnd(11)} ${seconds.toFixed(1).padStart(7)} s   rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `big-document: ${result.sentences.length} sentences, ${result.graph.order} entities, ${result.graph.size} links; ` +
      `${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
