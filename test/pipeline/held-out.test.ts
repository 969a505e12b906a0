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
import { balancedThreshold, heldOutGraphs, type HeldOutFigures } from '../../src/pipeline/scorer/held-out.js';
import { loadModel } from '../../src/pipeline/scorer/model.js';
import { fitFolds, TRAIN_DEFAULTS } from '../../src/pipeline/scorer/train.js';
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
    const [[figures] = [], [stricter] = []] = await heldOutGraphs([{ name: 'dev', texts, gold }], fitFolds(examples, 2, { ...TRAIN_DEFAULTS, epochs: 60 }), [0.4, 0.9]);
    // Each fold scores its own documents' gold, merged by name within the fold: between the distinct
    // required names of all four and their count file by file.
    const required = gold.flatMap((file) => file.entities.filter((entity) => !entity.optional && !entity.category).map((entity) => entity.name));
    expect(figures?.gold).toBeGreaterThanOrEqual(new Set(required).size);
    expect(figures?.gold).toBeLessThanOrEqual(required.length);
    expect(figures?.found).toBeGreaterThan((figures?.gold ?? 0) / 2);
    expect(figures?.found).toBeLessThanOrEqual(figures?.gold ?? 0);
    expect(figures?.right).toBeLessThanOrEqual(figures?.nodes ?? 0);
    expect(figures?.typed).toBeLessThanOrEqual(figures?.found ?? 0);
    // The same fold models at a stricter threshold accept fewer spans: fewer nodes, fewer found.
    expect(stricter?.gold).toBe(figures?.gold);
    expect(stricter?.nodes).toBeLessThan(figures?.nodes ?? 0);
    expect(stricter?.found).toBeLessThanOrEqual(figures?.found ?? 0);
  }, 120_000);

  it('chooses the threshold whose worst recall or precision over the sets is best', () => {
    const set = (name: string, found: number, right: number): HeldOutFigures => ({ name, gold: 100, found, nodes: 100, right, typed: found });
    // At 0.3 seeds precision is 70%, at 0.5 dev recall is 72%: 0.4 has the best worst figure (78%).
    const figures = [
      [set('dev', 90, 85), set('seeds', 85, 70)],
      [set('dev', 82, 88), set('seeds', 78, 80)],
      [set('dev', 72, 92), set('seeds', 70, 88)],
    ];
    expect(balancedThreshold([0.3, 0.4, 0.5], figures)).toBe(0.4);
  });
});
