/**
 * Scores a built graph against gold entity lists in the shared format of ../shared/dev (README
 * there): one JSON file per document, `{doc, entities: [{name, type, aliases, optional, category}]}`.
 * The figures are those of the reference scorer ../shared/dev/score.mjs (a test runs both):
 * - names compare after NFKC with quotes, book-title marks and whitespace removed;
 * - gold entities are merged over files by normalized name, optional only if every file says so;
 *   category labels are skipped for recall but their forms count as gold for precision;
 * - recall: required gold entities some node names (label, key or alias), overall and per type;
 * - precision: share of nodes one of whose names is a gold form (a lower bound: gold is not exhaustive);
 * - type agreement: share of found entities with a matching node of the gold type;
 * - splits: found entities matched by more than one node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { YuGraph } from '../core/graph-schema.js';
import { ENTITY_TYPES, type EntityType } from '../core/types.js';
import { append } from './append.js';
import { InputError } from './ingest.js';

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  optional: boolean;
  category: boolean;
}

export interface GoldFile {
  /** The document id: the stem of the text file (and of the graph's document). */
  doc: string;
  entities: GoldEntity[];
}

export interface Score {
  /** Nodes scored: all of the graph's, or those that occur in the document. */
  nodes: number;
  /** Share of those nodes that bear a gold form, in [0, 1]. */
  precision: number;
  /** Required (non-optional, non-category) gold entities. */
  gold: number;
  found: number;
  recall: number;
  typeAgreement: number;
  perType: Partial<Record<EntityType, { found: number; total: number }>>;
  /** `name (type)` of each required entity no node names. */
  missed: string[];
  /** `name: label | label` for each entity several nodes name. */
  splits: string[];
  /** `label (type)` of each node that bears no gold form. */
  falsePositives: string[];
}

export interface SetEvaluation {
  overall: Score;
  /** Per document: that document's gold against the nodes that occur in it, by document id. */
  documents: { doc: string; score: Score }[];
}

/** The comparison form of a name: NFKC, quotes, 《》〈〉 and whitespace removed, middle dots and dashes unified. */
export function goldForm(text: string): string {
  return text.normalize('NFKC').replace(/[“”"'‘’《》「」『』〈〉\s]/g, '').replace(/[・•‧∙]/g, '·').replace(/[—–－]/g, '-');
}

const isEntityType = (value: unknown): value is EntityType => (ENTITY_TYPES as readonly unknown[]).includes(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function parseGoldFile(path: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path}: not valid gold JSON (${(error as Error).message})`);
  }
  const { doc, entities } = (data ?? {}) as { doc?: unknown; entities?: unknown };
  if (typeof doc !== 'string' || !Array.isArray(entities)) throw new InputError(`${path}: expected {"doc": "...", "entities": [...]}`);
  return {
    doc,
    entities: entities.map((raw: unknown, index) => {
      const item = (raw ?? {}) as Record<string, unknown>;
      const aliases = item.aliases ?? [];
      if (typeof item.name !== 'string' || !isEntityType(item.type) || !isStringList(aliases)) {
        throw new InputError(`${path}: entity ${index + 1} needs a name, a type (${ENTITY_TYPES.join(', ')}) and string aliases`);
      }
      return { name: item.name, type: item.type, aliases, optional: item.optional === true, category: item.category === true };
    }),
  };
}

/** Every `*.json` gold file of `dir`, in name order. Throws InputError naming the folder or file at fault. */
export function readGold(dir: string): GoldFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    throw new InputError(`${dir}: no gold folder`);
  }
  if (names.length === 0) throw new InputError(`${dir}: no gold files (*.json) in it`);
  return names.map((name) => parseGoldFile(join(dir, name)));
}

/** The text files of `dir` that have a gold list, so a set is built from exactly its gold documents. */
export function goldTexts(dir: string, gold: readonly GoldFile[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new InputError(`${dir}: no texts folder`);
  }
  return [...new Set(gold.map((file) => file.doc))].map((doc) => {
    const name = names.find((candidate) => basename(candidate, extname(candidate)) === doc && extname(candidate) !== '.json');
    if (name === undefined) throw new InputError(`${dir}: no text for gold document ${doc}`);
    return join(dir, name);
  });
}

interface ScoredNode {
  key: string;
  label: string;
  type: EntityType;
  names: Set<string>;
}

interface MergedGold {
  name: string;
  type: EntityType;
  optional: boolean;
  forms: Set<string>;
}

/** Gold entities merged by normalized name (the first file's type wins), and every gold form. */
function mergeGold(files: readonly GoldFile[]): { entities: MergedGold[]; forms: Set<string> } {
  const merged = new Map<string, MergedGold>();
  const forms = new Set<string>();
  for (const item of files.flatMap((file) => file.entities)) {
    const own = [item.name, ...item.aliases].map(goldForm);
    for (const form of own) forms.add(form);
    if (item.category) continue;
    const key = goldForm(item.name);
    const previous = merged.get(key);
    if (previous) {
      for (const form of own) previous.forms.add(form);
      previous.optional &&= item.optional;
    } else {
      merged.set(key, { name: item.name, type: item.type, optional: item.optional, forms: new Set(own) });
    }
  }
  return { entities: [...merged.values()], forms };
}

/** Scores the nodes of `graph` (only those that occur in document `doc`, when given) against `files`. */
export function scoreGraph(graph: YuGraph, files: readonly GoldFile[], doc?: string): Score {
  const nodes: ScoredNode[] = graph
    .filterNodes((_key, attributes) => doc === undefined || attributes.docs.includes(doc))
    .map((key) => {
      const { label, type, aliases } = graph.getNodeAttributes(key);
      return { key, label, type, names: new Set([label, key, ...aliases].map(goldForm)) };
    });
  const byName = new Map<string, ScoredNode[]>();
  for (const node of nodes) for (const name of node.names) append(byName, name, node);
  const { entities, forms } = mergeGold(files);
  const score: Score = { nodes: nodes.length, precision: 0, gold: 0, found: 0, recall: 0, typeAgreement: 0, perType: {}, missed: [], splits: [], falsePositives: [] };
  let typeAgrees = 0;
  for (const entity of entities.filter((item) => !item.optional)) {
    const tally = (score.perType[entity.type] ??= { found: 0, total: 0 });
    score.gold++;
    tally.total++;
    const hits = new Map<string, ScoredNode>();
    for (const form of entity.forms) for (const node of byName.get(form) ?? []) hits.set(node.key, node);
    if (hits.size === 0) {
      score.missed.push(`${entity.name} (${entity.type})`);
      continue;
    }
    score.found++;
    tally.found++;
    if ([...hits.values()].some((node) => node.type === entity.type)) typeAgrees++;
    if (hits.size > 1) score.splits.push(`${entity.name}: ${[...hits.values()].map((node) => node.label).join(' | ')}`);
  }
  score.falsePositives = nodes.filter((node) => ![...node.names].some((name) => forms.has(name))).map((node) => `${node.label} (${node.type})`);
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  score.precision = ratio(nodes.length - score.falsePositives.length, nodes.length);
  score.recall = ratio(score.found, score.gold);
  score.typeAgreement = ratio(typeAgrees, score.found);
  return score;
}

/** The set's figures over the whole graph, and each gold document's against the nodes found in it. */
export function evaluateGraph(graph: YuGraph, gold: readonly GoldFile[]): SetEvaluation {
  const docs = [...new Set(gold.map((file) => file.doc))];
  return {
    overall: scoreGraph(graph, gold),
    documents: docs.map((doc) => ({ doc, score: scoreGraph(graph, gold.filter((file) => file.doc === doc), doc) })),
  };
}
