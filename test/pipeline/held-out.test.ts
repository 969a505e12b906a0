/**
 * The scorer's model as the build takes it, and the held-out graph figures `npm run train` prints:
 * the model given to a build decides in every thread, and a fold's figures come from graphs built
 * with a model that never saw the fold's documents.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/build.js';
import { readGold } from '../../src/pipeline/evaluate.js';
import { labelledExamples } from '../../src/pipeline/scorer/examples.js';
import { heldOutGraphs } from '../../src/pipeline/scorer/held-out.js';
import { loadModel } from '../../src/pipeline/scorer/model.js';
import { TRAIN_DEFAULTS } from '../../src/pipeline/scorer/train.js';
import { ROOT } from '../cli/run-cli.js';
import { loadTools } from './segmenter.js';

const SEED = join(ROOT, 'seeds', '000_c37d2372885b0b4c.txt');
const DEV = join(ROOT, '..', 'shared', 'dev');

describe('the model a build is given', () => {
  it('decides in this thread and in the worker threads', async () => {
    const inputs = [SEED, join(ROOT, 'seeds', '001_cf2cc81fae3e4682.txt')];
    const committed = await runPipeline(inputs, { workers: 1 });
    const places = (graph: typeof committed.graph) => graph.filterNodes((_node, attributes) => attributes.type === 'place');
    expect(places(committed.graph)).toContain('重庆');
    // A threshold no probability exceeds accepts no span, not even a certain one (重庆市): what is
    // left are the parts the slogan decoder spells out, whichever thread extracted the text.
    const closed = { ...loadModel(), threshold: 1 };
    for (const workers of [1, 2]) {
      const { graph } = await runPipeline(inputs, { model: closed, workers });
      expect(places(graph)).toEqual([]);
      expect(graph.order).toBeLessThan(committed.graph.order / 10);
    }
  });
});

describe('held-out graphs', () => {
  let tools: ReturnType<typeof loadTools>;
  beforeAll(() => {
    tools = loadTools();
  });

  it('builds each fold with a model fitted on the other folds and sums the scores', async () => {
    const gold = readGold(join(DEV, 'gold')).slice(0, 4);
    const texts = join(DEV, 'texts');
    const { examples } = await labelledExamples(gold.map((file) => join(texts, `${file.doc}.txt`)), join(DEV, 'gold'), tools.lexicon, tools.segmenter);
    const [figures] = await heldOutGraphs([{ name: 'dev', texts, gold }], examples, 2, 0.4, { ...TRAIN_DEFAULTS, epochs: 60 });
    // Each fold scores its own documents' gold, merged by name within the fold: between the distinct
    // required names of all four and their count file by file.
    const required = gold.flatMap((file) => file.entities.filter((entity) => !entity.optional && !entity.category).map((entity) => entity.name));
    expect(figures?.gold).toBeGreaterThanOrEqual(new Set(required).size);
    expect(figures?.gold).toBeLessThanOrEqual(required.length);
    expect(figures?.found).toBeGreaterThan((figures?.gold ?? 0) / 2);
    expect(figures?.found).toBeLessThanOrEqual(figures?.gold ?? 0);
    expect(figures?.right).toBeLessThanOrEqual(figures?.nodes ?? 0);
    expect(figures?.typed).toBeLessThanOrEqual(figures?.found ?? 0);
  }, 120_000);
});
