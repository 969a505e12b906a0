import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { YuGraph } from '../../core/graph-schema.js';
import { ENTITY_TYPES } from '../../core/types.js';
import { runPipeline } from '../../pipeline/build.js';
import { evaluateGraph, goldTexts, readGold, type Score, type SetEvaluation } from '../../pipeline/evaluate.js';
import { InputError } from '../../pipeline/ingest.js';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';
import { loadGraph } from '../load-graph.js';
import { columns, writeJson } from '../query-support.js';

/** A folder of the checkout (the shared gold lies beside it), by the shorter of its relative and absolute paths. */
function fromCheckout(path: string): string {
  const absolute = fileURLToPath(new URL(`../../../${path}`, import.meta.url));
  const fromHere = relative(process.cwd(), absolute);
  return fromHere.length < absolute.length ? fromHere : absolute;
}

/** The standard sets: each is built on its own from exactly the texts its gold covers. */
const SETS = {
  seeds: { title: 'seeds 000–002, built together', texts: fromCheckout('seeds'), gold: fromCheckout('../shared/dev/seeds-gold') },
  dev: { title: 'dev set (12 real excerpts), built on its own', texts: fromCheckout('../shared/dev/texts'), gold: fromCheckout('../shared/dev/gold') },
} as const;
type SetName = keyof typeof SETS;

interface SetRequest {
  title: string;
  gold: string;
  /** Build these texts (the ones the gold covers), or score a graph already built. */
  texts?: string;
  graph?: string;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
/** Names come from documents and gold files: no control character reaches the terminal. */
const printable = (text: string) => text.replace(/\p{Cc}/gu, '');

function row(name: string, score: Score): string[] {
  return [name, String(score.nodes).padStart(5), String(score.gold).padStart(4), String(score.found).padStart(5),
    percent(score.recall), percent(score.precision).padStart(9), percent(score.typeAgreement), String(score.splits.length).padStart(6)];
}

function perType(score: Score): string {
  return ENTITY_TYPES.flatMap((type) => {
    const tally = score.perType[type];
    return tally ? [`${type} ${tally.found}/${tally.total}`] : [];
  }).join(' · ');
}

function table(request: SetRequest, evaluation: SetEvaluation, details: boolean): string[] {
  const { overall, documents } = evaluation;
  const lines = [
    `${request.title} (gold ${request.gold})`,
    ...columns([
      ['document', 'nodes', 'gold', 'found', 'recall', 'precision', '  type', 'splits'],
      ...documents.map(({ doc, score }) => row(printable(doc), score)),
      row('all', overall),
    ]),
    `  per type (found/gold): ${perType(overall)}`,
  ];
  if (details) {
    for (const [title, items] of [['missed', overall.missed], ['splits', overall.splits], ['false positives', overall.falsePositives]] as const) {
      lines.push(`  ${title} (${items.length}):`, ...items.map((item) => `    ${printable(item)}`));
    }
  }
  return lines;
}

function requests(values: { set?: string; gold?: string; texts?: string; graph?: string }): SetRequest[] {
  if (values.gold === undefined) {
    if (values.texts !== undefined || values.graph !== undefined) throw new UserError('--texts and --graph need --gold DIR', EXIT.usage);
    if (values.set !== undefined && !(values.set in SETS)) throw new UserError(`--set takes ${Object.keys(SETS).join(' or ')}, got "${values.set}"`, EXIT.usage);
    const names = values.set === undefined ? (Object.keys(SETS) as SetName[]) : [values.set as SetName];
    return names.map((name) => SETS[name]);
  }
  if (values.set !== undefined) throw new UserError('--set and --gold exclude each other', EXIT.usage);
  if ((values.texts === undefined) === (values.graph === undefined)) throw new UserError('--gold needs either --texts DIR or --graph FILE', EXIT.usage);
  const { gold, texts, graph } = values;
  return [texts !== undefined ? { title: `texts ${texts}`, gold, texts } : { title: `graph ${graph ?? ''}`, gold, graph }];
}

export const command: Command = {
  name: 'eval',
  summary: 'score the extractor against the shared gold entity lists (seeds 000–002 and the dev set)',
  help: `usage: yugraph eval [--set seeds|dev] [--details] [--json]
       yugraph eval --gold DIR (--texts DIR | --graph FILE) [--details] [--json]

Builds each set in memory on its own, from exactly the texts its gold lists cover, and scores the
graph against the gold (format and conventions: ../shared/dev/README.md). Without options both
standard sets are scored:
  seeds   seeds/000–002 against ../shared/dev/seeds-gold
  dev     ../shared/dev/texts against ../shared/dev/gold
The figures are those of ../shared/dev/score.mjs: recall over the required gold entities (overall
and per type), precision (share of nodes whose label or an alias is a gold form), type agreement
among the found entities and splits (gold entities named by several nodes). Each document's row
scores that document's gold against the nodes that occur in it.

  --set NAME    only that standard set
  --gold DIR    a folder of gold files (*.json), with
  --texts DIR   the folder of the texts they annotate (texts without gold are left out), or
  --graph FILE  a graph already built (graph.json): all its nodes are scored
  --details     list the set's misses, splits and false positives
  --json        print every figure and list as JSON

exit codes: 0 scored, 1 usage error, 2 missing or invalid gold, texts or graph

example: npm run eval -- --set dev --details`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      set: { type: 'string' },
      gold: { type: 'string' },
      texts: { type: 'string' },
      graph: { type: 'string' },
      details: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    }, false);
    const results: { request: SetRequest; evaluation: SetEvaluation }[] = [];
    for (const request of requests(values)) {
      try {
        const gold = readGold(request.gold);
        let graph: YuGraph;
        if (request.graph !== undefined) graph = loadGraph(request.graph);
        else graph = (await runPipeline(goldTexts(request.texts ?? '', gold))).graph;
        results.push({ request, evaluation: evaluateGraph(graph, gold) });
      } catch (error) {
        if (error instanceof InputError) throw new UserError(error.message, EXIT.inputError);
        throw error;
      }
    }
    if (values.json) {
      writeJson({ sets: results.map(({ request, evaluation }) => ({ ...request, ...evaluation })) });
      return EXIT.ok;
    }
    process.stdout.write(`${results.map(({ request, evaluation }) => table(request, evaluation, values.details).join('\n')).join('\n\n')}\n`);
    return EXIT.ok;
  },
};
