/**
 * A worker thread's share of the corpus: normalize, split, extract and score candidates for its documents
 * (each worker loads its own jieba), and send each document's results back packed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/types.js';
import { segmenterFor } from './jieba.js';
import { loadLexicon } from './lexicon.js';
import { extractDocument, type PackedDocument, type WorkerMessage } from './parallel.js';
import type { ScorerModel } from './scorer/model.js';

const lexicon = loadLexicon();
const segmenter = segmenterFor(lexicon);
const { documents, model } = workerData as { documents: Document[]; model: ScorerModel };
// Each document goes as soon as it is extracted: the worker then never holds more than one document's results.
documents.forEach((document, position) => {
  const packed: PackedDocument = extractDocument(document, lexicon, segmenter, model).map(({ analysis, candidates }) => ({ analysis: analysis.packed, candidates }));
  parentPort?.postMessage({ position, document: packed } satisfies WorkerMessage);
});
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
