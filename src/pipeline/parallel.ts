import { Worker } from 'node:worker_threads';
import type { Document, Mention } from '../core/types.js';
import { analysisFromPacked, type PackedAnalysis } from './mentions/analysis.js';
import type { SentenceMentions } from './mentions/index.js';

/**
 * Extraction across worker threads, one share of the documents each, balanced by size. The
 * results come back in document order, so the graph is the same as from a single thread.
 */

/** The compiled worker: the same file from src/ (tests) and from lib/ (the CLI), as a worker must be JavaScript. */
const WORKER = new URL('../../lib/pipeline/analyze-worker.js', import.meta.url);

type WorkerResult = { analysis: PackedAnalysis; mentions: Mention[] }[][];

/** Documents dealt into `count` shares of similar size, each share in document order. */
export function shares(documents: Document[], count: number): number[][] {
  const load = new Array<number>(count).fill(0);
  const assigned: number[][] = Array.from({ length: count }, () => []);
  const bySize = documents.map((document, index) => ({ index, size: document.raw.length })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { index, size } of bySize) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest] = (load[lightest] ?? 0) + size;
    assigned[lightest]?.push(index);
  }
  return assigned.filter((share) => share.length > 0).map((share) => share.sort((a, b) => a - b));
}

function runWorker(documents: Document[]): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { documents } });
    // The worker ends by itself once it has answered: stopping it from here while jieba runs would abort the process.
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
    });
  });
}

export async function extractInWorkers(documents: Document[], workers: number): Promise<SentenceMentions[]> {
  const plan = shares(documents, workers);
  const results = await Promise.all(plan.map((share) => runWorker(share.map((index) => documents[index] as Document))));
  const byDocument = new Array<WorkerResult[number]>(documents.length);
  plan.forEach((share, worker) => {
    share.forEach((index, position) => {
      byDocument[index] = results[worker]?.[position] ?? [];
    });
  });
  return byDocument.flatMap((sentences) => sentences.map(({ analysis, mentions }) => ({ analysis: analysisFromPacked(analysis), mentions })));
}
