import { runPipeline } from '../build.js';
import { evaluateGraph, goldTexts, type GoldFile } from '../evaluate.js';
import type { FoldModels } from './train.js';

/**
 * The honest figures at the level the reference scorer measures: graphs built from documents the
 * model never saw. Each fold's documents (the same folds as the span-level cross-validation) are
 * built as one corpus per annotated set with a model fitted on every other document, scored against
 * their own gold, and the counts are summed over folds.
 */

/** An annotated set: its gold files and the folder of the texts they annotate. */
export interface GoldSet {
  name: string;
  texts: string;
  gold: readonly GoldFile[];
}

/** Counts summed over folds; shares are computed from them. */
export interface HeldOutFigures {
  name: string;
  gold: number;
  found: number;
  nodes: number;
  /** Nodes that bear a gold form. */
  right: number;
  /** Found entities with a node of the gold type. */
  typed: number;
}

/**
 * Builds and scores every fold of every set at each of `thresholds` (acceptance thresholds of the
 * model, in [0, 1]), with the fold models of `fitFolds` (fitted on the labelled candidates of all sets,
 * documents named as in the gold). Returns one list per threshold, in order, of one figure per set,
 * in order.
 */
export async function heldOutGraphs(sets: readonly GoldSet[], { foldOf, models }: FoldModels, thresholds: readonly number[]): Promise<HeldOutFigures[][]> {
  const figures = thresholds.map(() => sets.map((set): HeldOutFigures => ({ name: set.name, gold: 0, found: 0, nodes: 0, right: 0, typed: 0 })));
  for (const [fold, fitted] of models.entries()) {
    for (const [index, set] of sets.entries()) {
      const gold = set.gold.filter((file) => foldOf.get(file.doc) === fold);
      if (gold.length === 0) continue;
      for (const [at, threshold] of thresholds.entries()) {
        const { graph } = await runPipeline(goldTexts(set.texts, gold), { model: { ...fitted, threshold } });
        const { overall } = evaluateGraph(graph, gold);
        const sum = figures[at]?.[index] as HeldOutFigures;
        sum.gold += overall.gold;
        sum.found += overall.found;
        sum.nodes += overall.nodes;
        sum.right += Math.round(overall.precision * overall.nodes);
        sum.typed += Math.round(overall.typeAgreement * overall.found);
      }
    }
  }
  return figures;
}

/**
 * The threshold whose held-out graphs have the best worst figure: the largest, over thresholds, of the
 * smallest recall or precision of any set (the targets ask for both, on every kind of document).
 * `figures` is `heldOutGraphs`' result for `thresholds`; ties keep the earlier threshold.
 */
export function balancedThreshold(thresholds: readonly number[], figures: readonly (readonly HeldOutFigures[])[]): number {
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const worst = (sets: readonly HeldOutFigures[]) => Math.min(...sets.flatMap((set) => [share(set.found, set.gold), share(set.right, set.nodes)]));
  let best = 0;
  figures.forEach((sets, index) => {
    if (worst(sets) > worst(figures[best] ?? [])) best = index;
  });
  return thresholds[best] ?? 0.5;
}
