import { readFileSync } from 'node:fs';

/**
 * The candidate scorer: a conditional logit over the binary features of features.ts. Candidates
 * that end at the same character compete with each other and with "no name ends here": a
 * candidate's score is s = bias + Σ weight[feature], and
 *   P(candidate) = exp(s) / (1 + Σ over the group exp(s')).
 * A group of one is plain logistic regression, σ(s). The competition is what teaches the left
 * edge: 交通建设三年行动计划 and 三年行动计划 share every feature of their head, and differ in
 * what lies at their edges. The weights are data, written by `npm run train` (train.ts) into
 * weights.json beside this file and committed.
 */

export interface ScorerModel {
  bias: number;
  /** Feature name → weight (log-odds). A feature the model never saw weighs 0. */
  weights: Record<string, number>;
  /** Probability from which a candidate is accepted; chosen on held-out folds in training. */
  threshold: number;
}

/** Works from src/pipeline (tests) and lib/pipeline (the compiled CLI), like the lexicon. */
const WEIGHTS = new URL('../../../src/pipeline/scorer/weights.json', import.meta.url);

/**
 * The committed model. Throws, naming the file, when it is missing or not a model: the build cannot
 * decide anything without it, and `npm run train` recreates it.
 */
export function loadModel(): ScorerModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(WEIGHTS, 'utf8'));
  } catch (error) {
    throw new Error(`scorer weights ${WEIGHTS.pathname}: ${(error as Error).message} (run npm run train)`, { cause: error });
  }
  const model = parsed as { bias?: unknown; threshold?: unknown; weights?: unknown } | null;
  if (typeof model?.bias !== 'number' || typeof model.threshold !== 'number' || typeof model.weights !== 'object' || model.weights === null) {
    throw new Error(`scorer weights ${WEIGHTS.pathname}: not a model (bias, threshold, weights)`);
  }
  return model as ScorerModel;
}

/** The weights as a Map: a lookup by a freshly built feature string costs less there than on a plain object. */
const tables = new WeakMap<ScorerModel, Map<string, number>>();

function weightTable(model: ScorerModel): Map<string, number> {
  let table = tables.get(model);
  if (!table) {
    table = new Map(Object.entries(model.weights));
    tables.set(model, table);
  }
  return table;
}

/** A feature's weight (0 for a feature the model never saw). */
export function weightOf(model: ScorerModel, feature: string): number {
  return weightTable(model).get(feature) ?? 0;
}

/** The candidate's score s = bias + Σ weight[feature], in log-odds, summed in the order of `features`. */
export function logit(model: ScorerModel, features: readonly string[]): number {
  const table = weightTable(model);
  let sum = model.bias;
  for (const feature of features) sum += table.get(feature) ?? 0;
  return sum;
}

/** The probabilities of a group of competing candidates (same end), from their logits, in order; they sum to less than 1. */
function groupProbabilities(scores: readonly number[]): number[] {
  // Shifted by the largest score (at least the "none" option's 0), so exp never overflows.
  const top = Math.max(0, ...scores);
  const none = Math.exp(-top);
  const weights = scores.map((score) => Math.exp(score - top));
  const total = none + weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/**
 * What the best reading weighs each candidate of a group by (scores are logits, in group order): the
 * group's most probable candidate carries the probability that some name ends here (the group's
 * total), the others their own. Where a name ends and where it starts are two questions: two
 * plausible left edges (赣州建设革命老区…示范区, 革命老区…示范区) split the second's probability, not the first's.
 */
export function readingProbabilities(scores: readonly number[]): number[] {
  const probabilities = groupProbabilities(scores);
  let best = 0;
  probabilities.forEach((probability, position) => {
    if (probability > (probabilities[best] ?? 0)) best = position;
  });
  if (probabilities.length > 0) probabilities[best] = probabilities.reduce((sum, probability) => sum + probability, 0);
  return probabilities;
}

export const WEIGHTS_FILE = WEIGHTS;
