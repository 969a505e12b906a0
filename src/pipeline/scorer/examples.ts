import type { Segmenter } from '../jieba.js';
import type { Lexicon } from '../lexicon.js';
import { goldForm, readGold } from '../evaluate.js';
import { readCorpus } from '../ingest.js';
import { extractCandidates } from '../mentions/index.js';
import { normalizeDocument } from '../normalize.js';
import { splitSentences } from '../sentences.js';
import { countRecurrence, recurrenceOf, shapedCandidates } from './score.js';

/**
 * Labelled candidates for training: the candidates the signals propose on an annotated set of
 * documents, each labelled by whether its text is a gold form (name or alias) of its document.
 * Gold files follow ../shared/dev/README.md: {doc, entities: [{name, aliases, type, optional, category}]}.
 */

export interface DocumentGold {
  /** Forms of entities the document must yield. */
  required: Set<string>;
  /** The same forms grouped by entity: an entity is found when any of its forms is. */
  entities: string[][];
  /** Forms of optional entities and category labels: neither right nor wrong, so not trained on. */
  optional: Set<string>;
}

/** Every gold file of a folder (read and checked by the evaluator), keyed by document id, as training labels. */
export function readGoldLabels(dir: string): Map<string, DocumentGold> {
  const gold = new Map<string, DocumentGold>();
  for (const file of readGold(dir)) {
    const entry: DocumentGold = { required: new Set(), entities: [], optional: new Set() };
    for (const entity of file.entities) {
      const forms = [entity.name, ...entity.aliases].map(goldForm);
      const optional = entity.optional || entity.category;
      for (const form of forms) (optional ? entry.optional : entry.required).add(form);
      if (!optional) entry.entities.push(forms);
    }
    for (const form of entry.required) entry.optional.delete(form);
    gold.set(file.doc, entry);
  }
  return gold;
}

export interface Example {
  document: string;
  sentence: string;
  start: number;
  end: number;
  key: string;
  features: string[];
  label: 0 | 1;
}

export interface AnnotatedSet {
  examples: Example[];
  gold: Map<string, DocumentGold>;
}

/** The labelled candidates of one annotated set, built as one corpus (the corpus counts are the set's own). */
export async function labelledExamples(inputs: string[], goldDir: string, lexicon: Lexicon, segmenter: Segmenter): Promise<AnnotatedSet> {
  const gold = readGoldLabels(goldDir);
  const { documents } = await readCorpus(inputs);
  const annotated = documents.filter((document) => gold.has(document.meta.id));
  const sentences = annotated
    .flatMap((document) => extractCandidates(splitSentences(normalizeDocument(document)), lexicon, segmenter))
    .map((sentence) => ({ analysis: sentence.analysis, candidates: shapedCandidates(sentence, lexicon) }));
  const recurrence = countRecurrence(sentences);
  const examples: Example[] = [];
  for (const { analysis, candidates } of sentences) {
    const documentGold = gold.get(analysis.sentence.doc);
    if (!documentGold) continue;
    for (const { candidate, key: folded, features } of candidates) {
      const key = goldForm(candidate.mention.surface);
      if (documentGold.optional.has(key)) continue;
      examples.push({
        document: analysis.sentence.doc,
        sentence: analysis.sentence.id,
        start: candidate.mention.start,
        end: candidate.mention.end,
        key,
        features: [...features, ...recurrenceOf(recurrence, analysis, folded, candidate.mention)],
        label: documentGold.required.has(key) ? 1 : 0,
      });
    }
  }
  return { examples, gold };
}
