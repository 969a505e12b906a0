import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { YuGraph } from '../core/graph-schema.js';
import { toGexf } from '../core/export/gexf.js';
import type { Document, Entity, Relation, Sentence } from '../core/types.js';
import { assembleGraph } from './assemble.js';
import { writeFilesAtomic } from './atomic-write.js';
import { buildEntities } from './entities.js';
import { placeAdcodes } from './gazetteer/resolve.js';
import { readCorpus, type SkippedFile } from './ingest.js';
import { segmenterFor, type Segmenter } from './jieba.js';
import { layoutGraph } from './layout.js';
import { loadLexicon } from './lexicon.js';
import { extractCandidates } from './mentions/index.js';
import { loadModel, type ScorerModel } from './scorer/model.js';
import { scoreSentence, selectMentions, type SentenceCandidates } from './scorer/score.js';
import { normalizeDocument } from './normalize.js';
import { extractDocument, startExtraction } from './parallel.js';
import { propagateNames } from './propagate.js';
import { cooccurrences } from './relations.js';
import { splitSentences } from './sentences.js';
import { extractTypedRelations } from './typed-relations/index.js';

export interface PipelineResult {
  graph: YuGraph;
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  skipped: SkippedFile[];
  /** Seconds per stage, in pipeline order. */
  timings: [stage: string, seconds: number][];
}

export interface BuildOptions {
  /** Called as each stage finishes, for --verbose. */
  onStage?: (stage: string, seconds: number) => void;
  /** Extraction threads; by default one per core once the corpus is large enough to pay for their start. */
  workers?: number;
  /** Called just before the files are written; may end the process (the build child, when its parent is gone). */
  beforeWrite?: () => void;
  /** The candidate scorer; by default the committed one (weights.json). Training builds held-out folds with its own. */
  model?: ScorerModel;
}

/** Below this much text, starting workers (each loads jieba, ~2 s) costs more than it saves. */
const PARALLEL_FROM_CHARACTERS = 1_000_000;

function workerCount(documents: Document[], requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, documents.length));
  const characters = documents.reduce((sum, document) => sum + document.raw.length, 0);
  return characters < PARALLEL_FROM_CHARACTERS ? 1 : Math.max(1, Math.min(availableParallelism(), documents.length));
}

/** Runs every stage in memory: document → sentences → mentions → entities → relations → graph. */
export async function runPipeline(inputs: string[], options: BuildOptions = {}): Promise<PipelineResult> {
  const timings: [string, number][] = [];
  let clock = performance.now();
  const finish = (name: string) => {
    const now = performance.now();
    const seconds = (now - clock) / 1000;
    clock = now;
    timings.push([name, seconds]);
    options.onStage?.(name, seconds);
  };
  const stage = <T>(name: string, work: () => T): T => {
    const result = work();
    finish(name);
    return result;
  };
  const corpus = await readCorpus(inputs);
  finish('ingest');
  const lexicon = stage('lexicon', () => loadLexicon());
  const workers = workerCount(corpus.documents, options.workers);
  const model = stage('model', () => options.model ?? loadModel());
  let candidates: SentenceCandidates[] = [];
  let segmenter: Segmenter;
  if (workers > 1) {
    // The workers load their own jieba while this thread loads the one the entities stage needs, then takes a share.
    const extraction = startExtraction(corpus.documents, workers, model);
    segmenter = stage('jieba load', () => segmenterFor(lexicon));
    candidates = await extraction.collect((document) => extractDocument(document, lexicon, segmenter, model));
    finish(`extract ×${workers}`);
  } else {
    segmenter = stage('jieba load', () => segmenterFor(lexicon));
    const normalized = stage('normalize', () => corpus.documents.map(normalizeDocument));
    const split = stage('sentences', () => normalized.flatMap(splitSentences));
    const proposed = stage('candidates', () => extractCandidates(split, lexicon, segmenter));
    candidates = stage('score', () => proposed.map((sentence) => scoreSentence(sentence, lexicon, model)));
  }
  const mentions = stage('select', () => selectMentions(candidates, model));
  // Every scored candidate is a large share of the heap on a big corpus, and nothing reads them after selection.
  candidates = [];
  const sentences = mentions.map(({ analysis }) => analysis.sentence);
  const propagated = stage('propagate', () => propagateNames(mentions));
  const named = stage('entities', () => buildEntities(propagated, lexicon, segmenter));
  const { entities, relations: typed } = stage('typed', () => extractTypedRelations({ mentionsBySentence: propagated, entities: named, lexicon }));
  const relations = stage('relations', () => [...cooccurrences(entities), ...typed]);
  const graph = stage('assemble', () =>
    assembleGraph({ name: 'yugraph', documents: corpus.documents.map((document) => document.meta), sentences, entities, relations, adcodes: placeAdcodes(lexicon.gazetteer, entities) }),
  );
  stage('layout', () => {
    layoutGraph(graph);
  });
  return { graph, sentences, entities, relations, skipped: corpus.skipped, timings };
}

export const GRAPH_FILES = { json: 'graph.json', gexf: 'graph.gexf' } as const;

/** Builds and writes graph.json and graph.gexf into `outDir`, atomically and together. */
export async function buildGraph(inputs: string[], outDir: string, options: BuildOptions = {}): Promise<PipelineResult> {
  const result = await runPipeline(inputs, options);
  options.beforeWrite?.();
  const started = performance.now();
  const json = `${JSON.stringify(result.graph.export())}\n`;
  const gexf = toGexf(result.graph);
  writeFilesAtomic([
    [join(outDir, GRAPH_FILES.json), json],
    [join(outDir, GRAPH_FILES.gexf), gexf],
  ]);
  const seconds = (performance.now() - started) / 1000;
  result.timings.push(['write', seconds]);
  options.onStage?.('write', seconds);
  return result;
}
