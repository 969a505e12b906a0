import { join } from 'node:path';
import type { YuGraph } from '../core/graph-schema.js';
import { toGexf } from '../core/export/gexf.js';
import type { Entity, Relation, Sentence } from '../core/types.js';
import { assembleGraph } from './assemble.js';
import { writeFilesAtomic } from './atomic-write.js';
import { buildEntities } from './entities.js';
import { readCorpus, type SkippedFile } from './ingest.js';
import { loadSegmenter } from './jieba.js';
import { layoutGraph } from './layout.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { extractMentions } from './mentions/index.js';
import { normalizeDocument } from './normalize.js';
import { propagateNames } from './propagate.js';
import { cooccurrences } from './relations.js';
import { splitSentences } from './sentences.js';
import { extractTypedRelations } from './typed-relations/index.js';

const JIEBA_TAGS = { place: 'ns', organization: 'nt', program: 'nz', project: 'nz', slogan: 'nz' } as const;

/**
 * Known names of three or more characters, so jieba keeps them whole. Two-character short forms
 * stay out: at a user word's frequency they would cut through other words (成/渝中/部地区).
 */
export function userWords(lexicon: Lexicon): [string, string][] {
  return [...lexicon.knownForms].filter(([form]) => form.length >= 3).map(([form, known]) => [form, JIEBA_TAGS[known.type]]);
}

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
}

/** Runs every stage in memory: document → sentences → mentions → entities → relations → graph. */
export function runPipeline(inputs: string[], options: BuildOptions = {}): PipelineResult {
  const timings: [string, number][] = [];
  let clock = performance.now();
  const stage = <T>(name: string, work: () => T): T => {
    const result = work();
    const now = performance.now();
    const seconds = (now - clock) / 1000;
    clock = now;
    timings.push([name, seconds]);
    options.onStage?.(name, seconds);
    return result;
  };
  const corpus = stage('ingest', () => readCorpus(inputs));
  const lexicon = stage('lexicon', () => loadLexicon());
  const segmenter = stage('jieba load', () => loadSegmenter(userWords(lexicon)));
  const normalized = stage('normalize', () => corpus.documents.map(normalizeDocument));
  const sentences = stage('sentences', () => normalized.flatMap(splitSentences));
  const mentions = stage('mentions', () => extractMentions(sentences, lexicon, segmenter));
  const propagated = stage('propagate', () => propagateNames(mentions));
  const named = stage('entities', () => buildEntities(propagated, lexicon, segmenter));
  const { entities, relations: typed } = stage('typed', () => extractTypedRelations({ mentionsBySentence: propagated, entities: named, lexicon }));
  const relations = stage('relations', () => [...cooccurrences(entities), ...typed]);
  const graph = stage('assemble', () =>
    assembleGraph({ name: 'yugraph', documents: corpus.documents.map((document) => document.meta), sentences, entities, relations }),
  );
  stage('layout', () => {
    layoutGraph(graph);
  });
  return { graph, sentences, entities, relations, skipped: corpus.skipped, timings };
}

export const GRAPH_FILES = { json: 'graph.json', gexf: 'graph.gexf' } as const;

/** Builds and writes graph.json and graph.gexf into `outDir`, atomically and together. */
export function buildGraph(inputs: string[], outDir: string, options: BuildOptions = {}): PipelineResult {
  const result = runPipeline(inputs, options);
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
