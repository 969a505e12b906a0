import { displayForm } from '../entities.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import type { EntityRegistry } from './registry.js';

/**
 * Walk-throughs: consecutive sentences that each open with a name and a comma, one per part of
 * something announced just before (“芯”，… “屏”，…; 主城都市区，… 渝东北三峡库区城镇群，…).
 */

export interface Header {
  analysis: AnalyzedSentence;
  /** The header is text [0, end) of its sentence, quotes included. */
  end: number;
  /** The header without quotes. */
  core: string;
  /** The entity the header names, when it is one. */
  entity?: string;
}

/** Headers are short: a longer opening is a clause, not a heading. */
const MAX_HEADER = 12;
const HEADER_QUOTE = /^“([^“”]{1,10})”[，,]/;

function headerOf(analysis: AnalyzedSentence, registry: EntityRegistry): Header | undefined {
  const { text } = analysis;
  const quoted = HEADER_QUOTE.exec(text);
  if (quoted) {
    const end = quoted[0].length - 1;
    const entity = registry.entityAt({ sentence: analysis.sentence.id, start: 0, end });
    return { analysis, end, core: quoted[1] ?? '', ...(entity === undefined ? {} : { entity }) };
  }
  const opening = registry.mentionsIn(analysis.sentence).find((found) => found.start === 0);
  if (!opening || opening.end > MAX_HEADER || !/[，,]/.test(text.charAt(opening.end))) return undefined;
  return { analysis, end: opening.end, core: displayForm(text.slice(0, opening.end)), entity: opening.entity };
}

/** Maximal runs of two or more consecutive sentences of a document that open with a header. */
export function headerRuns(document: readonly AnalyzedSentence[], registry: EntityRegistry): Header[][] {
  const runs: Header[][] = [];
  let run: Header[] = [];
  for (const analysis of document) {
    const header = headerOf(analysis, registry);
    if (header) {
      run.push(header);
      continue;
    }
    if (run.length >= 2) runs.push(run);
    run = [];
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The maximal run of two or more headers that starts at `position` of a document, if one starts there (as headerRuns finds it). */
export function headerRunAt(document: readonly AnalyzedSentence[], position: number, registry: EntityRegistry): Header[] | undefined {
  const before = document[position - 1];
  if (before && headerOf(before, registry)) return undefined;
  const run: Header[] = [];
  for (let index = position; index < document.length; index++) {
    const analysis = document[index];
    const header = analysis && headerOf(analysis, registry);
    if (!header) break;
    run.push(header);
  }
  return run.length >= 2 ? run : undefined;
}
