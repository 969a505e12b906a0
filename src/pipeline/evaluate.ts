import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../core/text.js';
import type { Entity, EntityType } from '../core/types.js';
import { append } from './append.js';
import { InputError } from './ingest.js';

/**
 * Scores extracted entities against hand-made gold lists (test/gold/<doc>.json). An extracted
 * entity matches a gold one when any surface form it has in that document folds to the gold label
 * or one of its aliases. Optional gold items are neither rewarded nor punished.
 */

export interface GoldEntity {
  label: string;
  type: EntityType;
  aliases: string[];
  optional?: boolean;
}

export interface GoldDocument {
  doc: string;
  entities: GoldEntity[];
}

export interface DocumentScore {
  doc: string;
  gold: number;
  predicted: number;
  truePositives: number;
  /** Extracted entities that match only optional gold items: left out of precision. */
  optionalMatches: number;
  recalled: number;
  typeCorrect: number;
  /** Gold entities split over two or more extracted nodes. */
  aliasSplits: string[];
  /** Extracted nodes that merge two or more gold entities. */
  wrongMerges: string[];
  falsePositives: string[];
  missed: string[];
}

export function readGold(dir: string): GoldDocument[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    throw new InputError(`${dir}: no gold folder`);
  }
  return files.map((file) => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldDocument;
    } catch (error) {
      throw new InputError(`${join(dir, file)}: not valid JSON (${(error as Error).message})`);
    }
  });
}

export function scoreDocument(gold: GoldDocument, entities: Entity[]): DocumentScore {
  const predicted = entities
    .map((entity) => ({ entity, forms: new Set(entity.mentions.filter((found) => found.sentence.startsWith(`${gold.doc}#`)).map((found) => foldText(found.surface))) }))
    .filter(({ forms }) => forms.size > 0);
  const goldForms = gold.entities.map((item) => new Set([item.label, ...item.aliases].map(foldText)));
  const matchesOf = (forms: Set<string>) => goldForms.flatMap((set, index) => ([...forms].some((form) => set.has(form)) ? [index] : []));
  const score: DocumentScore = {
    doc: gold.doc, gold: gold.entities.filter((item) => !item.optional).length, predicted: predicted.length, truePositives: 0,
    optionalMatches: 0, recalled: 0, typeCorrect: 0, aliasSplits: [], wrongMerges: [], falsePositives: [], missed: [],
  };
  const matchedBy = new Map<number, Entity[]>();
  for (const { entity, forms } of predicted) {
    const matches = matchesOf(forms);
    for (const index of matches) append(matchedBy, index, entity);
    const required = matches.filter((index) => !gold.entities[index]?.optional);
    if (required.length > 0) score.truePositives++;
    else if (matches.length > 0) score.optionalMatches++;
    else score.falsePositives.push(`${entity.label}/${entity.type}`);
    if (required.length > 1) score.wrongMerges.push(`${entity.label} = ${required.map((index) => gold.entities[index]?.label).join(' + ')}`);
  }
  gold.entities.forEach((item, index) => {
    if (item.optional) return;
    const found = matchedBy.get(index) ?? [];
    if (found.length === 0) {
      score.missed.push(`${item.label}/${item.type}`);
      return;
    }
    score.recalled++;
    if (found.some((entity) => entity.type === item.type)) score.typeCorrect++;
    if (found.length > 1) score.aliasSplits.push(`${item.label}: ${found.map((entity) => entity.label).join(' | ')}`);
  });
  return score;
}

export interface Summary {
  precision: number;
  recall: number;
  typeAccuracy: number;
  aliasSplits: number;
  wrongMerges: number;
}

export function summarize(scores: DocumentScore[]): Summary {
  const sum = (pick: (score: DocumentScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const judged = sum((score) => score.predicted - score.optionalMatches);
  return {
    precision: judged === 0 ? 0 : sum((score) => score.truePositives) / judged,
    recall: sum((score) => score.gold) === 0 ? 0 : sum((score) => score.recalled) / sum((score) => score.gold),
    typeAccuracy: sum((score) => score.recalled) === 0 ? 0 : sum((score) => score.typeCorrect) / sum((score) => score.recalled),
    aliasSplits: sum((score) => score.aliasSplits.length),
    wrongMerges: sum((score) => score.wrongMerges.length),
  };
}
