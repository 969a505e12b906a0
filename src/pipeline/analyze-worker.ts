/**
 * A worker thread: takes documents from the shared queue (parallel.ts) until none is left, normalizes,
 * splits, extracts and scores each (each worker loads its own jieba), and sends its results back packed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/types.js';
import { segmenterFor } from './jieba.js';
import { loadLexicon } from './lexicon.js';
import { extractDocument, takeDocument, type PackedDocument, type WorkerData, type WorkerMessage } from './parallel.js';

const lexicon = loadLexicon();
const segmenter = segmenterFor(lexicon);
const { documents, queue, model } = workerData as WorkerData;
// Each document goes as soon as it is extracted: the worker then never holds more than one document's results.
for (let index = takeDocument(queue); index !== undefined; index = takeDocument(queue)) {
  const packed: PackedDocument = extractDocument(documents[index] as Document, lexicon, segmenter, model).map(({ analysis, candidates }) => ({ analysis: analysis.packed, candidates }));
  parentPort?.postMessage({ index, document: packed } satisfies WorkerMessage);
}
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
