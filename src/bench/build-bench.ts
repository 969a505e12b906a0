import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/build.js';
import { writeSyntheticCorpus } from './corpus.js';

export interface BuildFigures {
  corpus_mb: number;
  documents: number;
  build_s: number;
  build_mb_per_s: number;
  jieba_load_s: number;
  jieba_cut_s: number;
  build_to_jieba_ratio: number;
  stage_s: Record<string, number>;
  entities: number;
  links: number;
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/**
 * The full build on a synthetic corpus, against the hard floor: nodejieba's cut over the same text
 * in the same process. The dictionary load is a fixed cost, reported apart.
 */
export async function benchBuild(seedDir: string, megabytes: number): Promise<BuildFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'yugraph-bench-corpus-'));
  try {
    const bytes = writeSyntheticCorpus(seedDir, dir, megabytes * 1e6);
    const stages: Record<string, number> = {};
    const result = await runPipeline([dir], { onStage: (stage, seconds) => (stages[stage] = round(seconds)) });
    const jiebaLoad = stages['jieba load'] ?? 0;
    const build = Object.values(stages).reduce((sum, seconds) => sum + seconds, 0) - jiebaLoad;

    const nodejieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
    const texts = readdirSync(dir).sort().map((file) => readFileSync(join(dir, file), 'utf8'));
    const started = performance.now();
    for (const text of texts) nodejieba.cut(text);
    const cut = (performance.now() - started) / 1000;

    const corpusMb = bytes / 1e6;
    return {
      corpus_mb: round(corpusMb, 1),
      documents: texts.length,
      build_s: round(build),
      build_mb_per_s: round(corpusMb / build, 2),
      jieba_load_s: round(jiebaLoad),
      jieba_cut_s: round(cut),
      build_to_jieba_ratio: round(build / cut, 2),
      stage_s: stages,
      entities: result.graph.order,
      links: result.graph.size,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
