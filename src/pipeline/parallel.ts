import { Worker } from 'node:worker_threads';
import type { Document } from '../core/types.js';
import type { Segmenter } from './jieba.js';
import type { Lexicon } from './lexicon.js';
import { analysisFromPacked, type PackedAnalysis } from './mentions/analysis.js';
import { extractCandidates } from './mentions/index.js';
import type { ScorerModel } from './scorer/model.js';
import { scoreSentence, type LocalCandidate, type SentenceCandidates } from './scorer/score.js';
import { normalizeDocument } from './normalize.js';
import { splitSentences } from './sentences.js';

/**
 * Extraction across threads, one share of the documents each, balanced by size. This thread takes
 * the first share itself: it loads jieba for the entities stage anyway, and its results need no
 * copying between threads. A worker sends each document's results as soon as it has them, so it
 * holds no corpus of results, and this thread takes them in between its own documents rather than
 * all at the end. The results are put back in document order, so the graph is the same as from a
 * single thread.
 */

/** The compiled worker: the same file from src/ (tests) and from lib/ (the CLI), as a worker must be JavaScript. */
const WORKER = new URL('../../lib/pipeline/analyze-worker.js', import.meta.url);

/** One document's sentences and scored candidates, as a worker sends them. */
export type PackedDocument = { analysis: PackedAnalysis; candidates: LocalCandidate[] }[];

/** A worker's messages: each document of its share by position in the share, then the end of the share. */
export type WorkerMessage = { position: number; document: PackedDocument } | { done: true };

/**
 * One document through normalize → sentences → candidates → local scores: a thread's unit of work.
 * Only the selection, which needs the corpus counts, is left for after.
 */
export function extractDocument(document: Document, lexicon: Lexicon, segmenter: Segmenter, model: ScorerModel): SentenceCandidates[] {
  return extractCandidates(splitSentences(normalizeDocument(document)), lexicon, segmenter).map((sentence) => scoreSentence(sentence, lexicon, model));
}

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

function runWorker(documents: Document[], model: ScorerModel, onDocument: (position: number, document: PackedDocument) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { documents, model } });
    // The worker ends by itself once it has answered: stopping it from here while jieba runs would abort the process.
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) resolve();
      else onDocument(message.position, message.document);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
    });
  });
}

/** Lets the event loop run: the workers' messages are received (and copied in) only then. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ParallelExtraction {
  /**
   * Every document's sentences and candidates, in document order: this thread's share extracted
   * with `extractHere`, one document at a time, taking in the workers' documents in between.
   */
  collect(extractHere: (document: Document) => SentenceCandidates[]): Promise<SentenceCandidates[]>;
}

/** Starts the worker threads on every share but the first, which is left to this thread; every thread scores with `model`. */
export function startExtraction(documents: Document[], threads: number, model: ScorerModel): ParallelExtraction {
  const [hereShare = [], ...workerShares] = shares(documents, threads);
  const byDocument = new Array<SentenceCandidates[]>(documents.length);
  const running = Promise.all(
    workerShares.map((share) =>
      runWorker(share.map((index) => documents[index] as Document), model, (position, packed) => {
        byDocument[share[position] ?? -1] = packed.map(({ analysis, candidates }) => ({ analysis: analysisFromPacked(analysis), candidates }));
      }),
    ),
  );
  // Without a handler, a worker failing while this thread is busy would be reported as unhandled.
  running.catch(() => undefined);
  return {
    collect: async (extractHere) => {
      for (const index of hereShare) {
        byDocument[index] = extractHere(documents[index] as Document);
        await yieldToEvents();
      }
      await running;
      return byDocument.flat();
    },
  };
}
