/**
 * A worker thread's share of the corpus: normalize, split, extract and score candidates for its documents
 * (each worker loads its own jieba), and send the results back packed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/types.js';
import { segmenterFor } from './jieba.js';
import { loadLexicon } from './lexicon.js';
import { extractDocument } from './parallel.js';
import type { ScorerModel } from './scorer/model.js';

const lexicon = loadLexicon();
const segmenter = segmenterFor(lexicon);
const { documents, model } = workerData as { documents: Document[]; model: ScorerModel };
const results = documents.map((document) =>
  extractDocument(document, lexicon, segmenter, model).map(({ analysis, candidates }) => ({ analysis: analysis.packed, candidates })),
);
parentPort?.postMessage(results);
