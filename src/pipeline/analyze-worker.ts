/**
 * A worker thread's share of the corpus: normalize, split and extract mentions for its documents
 * (each worker loads its own jieba), and send the results back packed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/types.js';
import { segmenterFor } from './jieba.js';
import { loadLexicon } from './lexicon.js';
import { extractDocument } from './parallel.js';

const lexicon = loadLexicon();
const segmenter = segmenterFor(lexicon);
const { documents } = workerData as { documents: Document[] };
const results = documents.map((document) =>
  extractDocument(document, lexicon, segmenter).map(({ analysis, mentions }) => ({ analysis: analysis.packed, mentions })),
);
parentPort?.postMessage(results);
