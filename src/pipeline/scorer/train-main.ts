import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFilesAtomic } from '../atomic-write.js';
import { segmenterFor } from '../jieba.js';
import { loadLexicon } from '../lexicon.js';
import { labelledExamples, type AnnotatedSet } from './examples.js';
import { WEIGHTS_FILE } from './model.js';
import { readGold } from '../evaluate.js';
import { heldOutGraphs, type GoldSet } from './held-out.js';
import { crossValidate, fitScorer, readingFigures, TRAIN_DEFAULTS } from './train.js';

/**
 * `npm run train`: learns the scorer's weights from the shared annotated sets and writes
 * src/pipeline/scorer/weights.json. Usage: node lib/pipeline/scorer/train-main.js [--shared DIR]
 * (default ../shared beside the checkout). Prints held-out figures first: what to expect on text
 * the model has not seen.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED_GOLD_DOCUMENTS = ['000_c37d2372885b0b4c', '001_cf2cc81fae3e4682', '002_2628194e4fe465e0'];
const FOLDS = 5;

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const sharedFlag = process.argv.indexOf('--shared');
  const shared = sharedFlag >= 0 ? (process.argv[sharedFlag + 1] ?? '') : join(ROOT, '..', 'shared');
  const dev = join(shared, 'dev');
  for (const needed of [join(dev, 'texts'), join(dev, 'gold'), join(dev, 'seeds-gold')]) {
    if (!existsSync(needed)) {
      process.stderr.write(`yugraph train: annotated set not found: ${needed}\n`);
      process.exit(2);
    }
  }
  const lexicon = loadLexicon();
  const segmenter = segmenterFor(lexicon);
  const sets: [string, AnnotatedSet][] = [
    ['dev', await labelledExamples([join(dev, 'texts')], join(dev, 'gold'), lexicon, segmenter)],
    ['seeds 000-002', await labelledExamples(SEED_GOLD_DOCUMENTS.map((id) => join(ROOT, 'seeds', `${id}.txt`)), join(dev, 'seeds-gold'), lexicon, segmenter)],
  ];
  const examples = sets.flatMap(([, set]) => set.examples);
  const gold = new Map(sets.flatMap(([, set]) => [...set.gold]));
  const positives = examples.filter((example) => example.label === 1).length;
  process.stdout.write(`examples: ${examples.length} candidates, ${positives} right, from ${new Set(examples.map((e) => e.document)).size} documents\n`);
  const held = crossValidate(examples, gold, FOLDS);
  process.stdout.write(`held out (${FOLDS} folds by document), best reading at threshold ${held.threshold}:\n`);
  let offset = 0;
  for (const [name, set] of sets) {
    const figures = readingFigures(set.examples, held.probabilities.slice(offset, offset + set.examples.length), held.threshold, set.gold);
    offset += set.examples.length;
    process.stdout.write(`  ${name.padEnd(14)} precision ${percent(figures.precision)}  recall ${percent(figures.recall)}  F1 ${percent(figures.f1)}\n`);
  }
  process.stdout.write(`held out, built as graphs and scored like ../shared/dev/score.mjs (same folds, threshold ${held.threshold}):\n`);
  const goldSets: GoldSet[] = [
    { name: 'dev', texts: join(dev, 'texts'), gold: readGold(join(dev, 'gold')) },
    { name: 'seeds 000-002', texts: join(ROOT, 'seeds'), gold: readGold(join(dev, 'seeds-gold')) },
  ];
  for (const figures of await heldOutGraphs(goldSets, examples, FOLDS, held.threshold, TRAIN_DEFAULTS)) {
    const share = (part: number, whole: number) => percent(whole === 0 ? 0 : part / whole);
    process.stdout.write(
      `  ${figures.name.padEnd(14)} recall ${share(figures.found, figures.gold)}  precision ${share(figures.right, figures.nodes)}  type ${share(figures.typed, figures.found)}  (${figures.found}/${figures.gold} found, ${figures.right}/${figures.nodes} nodes)\n`,
    );
  }
  const fitted = fitScorer(examples, TRAIN_DEFAULTS);
  const model = { threshold: held.threshold, bias: fitted.bias, weights: Object.fromEntries(Object.entries(fitted.weights).sort(([a], [b]) => (a < b ? -1 : 1))) };
  writeFilesAtomic([[fileURLToPath(WEIGHTS_FILE), `${JSON.stringify(model, null, 1)}\n`]]);
  process.stdout.write(`wrote ${Object.keys(model.weights).length} weights to ${fileURLToPath(WEIGHTS_FILE)}\n`);
}

await main();
