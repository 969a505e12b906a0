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
 * Extraction across threads. This thread and the workers take the documents one at a time from a
 * shared queue, largest first, so a thread that gets less of the machine simply takes fewer, and
 * all finish together. This thread extracts too: it loads jieba for the entities stage anyway, and
 * its results need no copying between threads. A worker sends each document's results as soon as
 * it has them, so it holds no corpus of results, and this thread takes them in between its own
 * documents. The results are put back in document order, so the graph is the same as from a
 * single thread.
 */

/** The compiled worker: the same file from src/ (tests) and from lib/ (the CLI), as a worker must be JavaScript. */
const WORKER = new URL('../../lib/pipeline/analyze-worker.js', import.meta.url);

/** One document's sentences and scored candidates, as a worker sends them. */
export type PackedDocument = { analysis: PackedAnalysis; candidates: LocalCandidate[] }[];

/** A worker's messages: each document it extracted, by index in the corpus, then the end of its work. */
export type WorkerMessage = { index: number; document: PackedDocument } | { done: true };

/** The queue every thread takes documents from: the order to take them in, and the next position to take. */
export interface DocumentQueue {
  /** Document indices, largest document first. */
  order: number[];
  /** One Int32 in shared memory: the next position in `order` not yet taken. */
  next: Int32Array;
}

/** What a worker starts with. */
export interface WorkerData {
  documents: Document[];
  queue: DocumentQueue;
  model: ScorerModel;
}

/**
 * One document through normalize → sentences → candidates → local scores: a thread's unit of work.
 * Only the selection, which needs the corpus counts, is left for after.
 */
export function extractDocument(document: Document, lexicon: Lexicon, segmenter: Segmenter, model: ScorerModel): SentenceCandidates[] {
  return extractCandidates(splitSentences(normalizeDocument(document)), lexicon, segmenter).map((sentence) => scoreSentence(sentence, lexicon, model));
}

/** A queue of the documents, largest first (ties in document order), so the last documents taken are small. */
export function documentQueue(documents: readonly Document[]): DocumentQueue {
  const order = documents.map((_, index) => index).sort((a, b) => (documents[b]?.raw.length ?? 0) - (documents[a]?.raw.length ?? 0) || a - b);
  return { order, next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
}

/** The index of the next document to extract, or undefined when none is left; each document goes to one thread only. */
export function takeDocument(queue: DocumentQueue): number | undefined {
  return queue.order[Atomics.add(queue.next, 0, 1)];
}

function runWorker(data: WorkerData, onDocument: (index: number, document: PackedDocument) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: data });
    // The worker ends by itself once it has answered: stopping it from here while jieba runs would abort the process.
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) resolve();
      else onDocument(message.index, message.document);
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
   * Every document's sentences and candidates, in document order: this thread takes documents
   * from the queue and extracts them with `extractHere`, taking in the workers' in between.
   */
  collect(extractHere: (document: Document) => SentenceCandidates[]): Promise<SentenceCandidates[]>;
}

/** Starts `threads - 1` worker threads on the document queue, which this thread joins in `collect`; every thread scores with `model`. */
export function startExtraction(documents: Document[], threads: number, model: ScorerModel): ParallelExtraction {
  const queue = documentQueue(documents);
  const byDocument = new Array<SentenceCandidates[]>(documents.length);
  const running = Promise.all(
    Array.from({ length: threads - 1 }, () =>
      runWorker({ documents, queue, model }, (index, packed) => {
        byDocument[index] = packed.map(({ analysis, candidates }) => ({ analysis: analysisFromPacked(analysis), candidates }));
      }),
    ),
  );
  // Without a handler, a worker failing while this thread is busy would be reported as unhandled.
  running.catch(() => undefined);
  return {
    collect: async (extractHere) => {
      for (let index = takeDocument(queue); index !== undefined; index = takeDocument(queue)) {
        byDocument[index] = extractHere(documents[index] as Document);
        await yieldToEvents();
      }
      await running;
      return byDocument.flat();
    },
  };
}
