import type { ScorerModel } from './model.js';
import { logit, readingProbabilities } from './model.js';
import type { DocumentGold, Example } from './examples.js';
import { bestReading } from './select.js';

/**
 * Training the scorer: the L2-regularised conditional logit of model.ts by full-batch gradient descent with
 * AdaGrad step sizes, from zero weights, over the examples in their given order, so the same
 * examples always give the same weights. The threshold is chosen on held-out graphs (held-out.ts).
 */

export interface TrainOptions {
  /** L2 penalty on every weight but the bias. */
  l2: number;
  epochs: number;
  learningRate: number;
  /** Features seen in fewer examples are dropped: a weight from one or two examples is noise. */
  minCount: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 4, epochs: 300, learningRate: 0.3, minCount: 3 };

/** Examples grouped as the scorer groups candidates: same sentence, same end. */
function groupsOf(examples: readonly Example[]): number[][] {
  const groups = new Map<string, number[]>();
  examples.forEach((example, index) => {
    const key = `${example.sentence}\u0000${example.end}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()];
}

/**
 * Fits the conditional logit of model.ts. In a group with right candidates the target shares its
 * mass among them; in a group without, all of it goes to "none".
 */
export function fitScorer(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): Omit<ScorerModel, 'threshold'> {
  const seen = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, count]) => count >= options.minCount).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, position) => [feature, position]));
  const rows = examples.map((example) => example.features.flatMap((feature) => index.get(feature) ?? []));
  const groups = groupsOf(examples);
  const weights = new Float64Array(vocabulary.length);
  const squared = new Float64Array(vocabulary.length + 1);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    for (const group of groups) {
      const scores = group.map((member) => (rows[member] ?? []).reduce((sum, feature) => sum + (weights[feature] ?? 0), bias));
      const top = Math.max(0, ...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = Math.exp(-top) + exps.reduce((sum, value) => sum + value, 0);
      const right = group.filter((member) => examples[member]?.label === 1).length;
      group.forEach((member, position) => {
        const target = examples[member]?.label === 1 ? 1 / right : 0;
        const error = (exps[position] ?? 0) / total - target;
        biasGradient += error;
        for (const feature of rows[member] ?? []) gradient[feature] = (gradient[feature] ?? 0) + error;
      });
    }
    for (let feature = 0; feature < vocabulary.length; feature++) {
      const g = (gradient[feature] ?? 0) + options.l2 * (weights[feature] ?? 0);
      squared[feature] = (squared[feature] ?? 0) + g * g;
      weights[feature] = (weights[feature] ?? 0) - (options.learningRate * g) / Math.sqrt((squared[feature] ?? 0) + 1e-8);
    }
    squared[vocabulary.length] = (squared[vocabulary.length] ?? 0) + biasGradient * biasGradient;
    bias -= (options.learningRate * biasGradient) / Math.sqrt((squared[vocabulary.length] ?? 0) + 1e-8);
  }
  const rounded = (value: number) => Math.round(value * 1e4) / 1e4;
  const table: Record<string, number> = {};
  vocabulary.forEach((feature, position) => {
    const weight = rounded(weights[position] ?? 0);
    if (weight !== 0) table[feature] = weight;
  });
  return { bias: rounded(bias), weights: table };
}

/** The reading probabilities (`readingProbabilities`) of `examples` under `model`, grouped as the scorer groups them. */
export function predict(examples: readonly Example[], model: ScorerModel): number[] {
  const probabilities = new Array<number>(examples.length).fill(0);
  for (const group of groupsOf(examples)) {
    const inGroup = readingProbabilities(group.map((member) => logit(model, examples[member]?.features ?? [])));
    group.forEach((member, position) => {
      probabilities[member] = inGroup[position] ?? 0;
    });
  }
  return probabilities;
}

export interface SpanFigures {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Figures of a set of scored examples at `threshold`, as the reference scorer counts them: each
 * sentence's best reading gives (document, form) pairs; precision is the share of chosen pairs that
 * are gold forms, recall the share of the documents' required gold entities (every one, also those
 * no signal proposed) with some form chosen.
 */
export function readingFigures(examples: readonly Example[], probabilities: readonly number[], threshold: number, gold: ReadonlyMap<string, DocumentGold>): SpanFigures {
  const bySentence = new Map<string, { start: number; end: number; probability: number; example: Example }[]>();
  examples.forEach((example, position) => {
    const list = bySentence.get(example.sentence) ?? [];
    list.push({ start: example.start, end: example.end, probability: probabilities[position] ?? 0, example });
    bySentence.set(example.sentence, list);
  });
  const right = new Set<string>();
  const wrong = new Set<string>();
  for (const list of bySentence.values()) {
    for (const { example } of bestReading(list, threshold)) (example.label ? right : wrong).add(`${example.document}\u0000${example.key}`);
  }
  const documents = new Set(examples.map((example) => example.document));
  let required = 0;
  let found = 0;
  for (const document of documents) {
    for (const forms of gold.get(document)?.entities ?? []) {
      required++;
      if (forms.some((form) => right.has(`${document}\u0000${form}`))) found++;
    }
  }
  const precision = right.size + wrong.size === 0 ? 0 : right.size / (right.size + wrong.size);
  const recall = required === 0 ? 0 : found / required;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Each document's fold: document i of the sorted documents goes to fold i mod `folds`. */
export function foldOfDocuments(examples: readonly Example[], folds: number): Map<string, number> {
  const documents = [...new Set(examples.map((example) => example.document))].sort();
  return new Map(documents.map((document, position) => [document, position % folds]));
}

/** The held-out models: each document's fold, and per fold the model fitted on every other fold. */
export interface FoldModels {
  foldOf: Map<string, number>;
  models: Omit<ScorerModel, 'threshold'>[];
}

/** Folds by document (`foldOfDocuments`), each with a model fitted on the other folds' examples. */
export function fitFolds(examples: readonly Example[], folds: number, options: TrainOptions = TRAIN_DEFAULTS): FoldModels {
  const foldOf = foldOfDocuments(examples, folds);
  const models = Array.from({ length: folds }, (_, fold) => fitScorer(examples.filter((example) => foldOf.get(example.document) !== fold), options));
  return { foldOf, models };
}

/** The held-out probability of every example, in input order: each scored by its fold's model (`fitFolds`). */
export function crossValidate(examples: readonly Example[], { foldOf, models }: FoldModels): number[] {
  const probabilities = new Array<number>(examples.length).fill(0);
  models.forEach((fitted, fold) => {
    const heldOut = examples.map((example, position) => [example, position] as const).filter(([example]) => foldOf.get(example.document) === fold);
    const predicted = predict(heldOut.map(([example]) => example), { ...fitted, threshold: 0.5 });
    heldOut.forEach(([, position], rank) => {
      probabilities[position] = predicted[rank] ?? 0;
    });
  });
  return probabilities;
}
