import { runPipeline } from '../build.js';
import { evaluateGraph, goldTexts, type GoldFile } from '../evaluate.js';
import type { Example } from './examples.js';
import { foldOfDocuments, fitScorer, type TrainOptions } from './train.js';

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
 * Builds and scores every fold of every set. `examples` are the labelled candidates of all sets
 * (documents named as in the gold); `threshold` is the acceptance threshold the models use.
 */
export async function heldOutGraphs(sets: readonly GoldSet[], examples: readonly Example[], folds: number, threshold: number, options: TrainOptions): Promise<HeldOutFigures[]> {
  const foldOf = foldOfDocuments(examples, folds);
  const figures = sets.map((set): HeldOutFigures => ({ name: set.name, gold: 0, found: 0, nodes: 0, right: 0, typed: 0 }));
  for (let fold = 0; fold < folds; fold++) {
    const model = { ...fitScorer(examples.filter((example) => foldOf.get(example.document) !== fold), options), threshold };
    for (const [index, set] of sets.entries()) {
      const gold = set.gold.filter((file) => foldOf.get(file.doc) === fold);
      if (gold.length === 0) continue;
      const { graph } = await runPipeline(goldTexts(set.texts, gold), { model });
      const { overall } = evaluateGraph(graph, gold);
      const sum = figures[index] as HeldOutFigures;
      sum.gold += overall.gold;
      sum.found += overall.found;
      sum.nodes += overall.nodes;
      sum.right += Math.round(overall.precision * overall.nodes);
      sum.typed += Math.round(overall.typeAgreement * overall.found);
    }
  }
  return figures;
}
