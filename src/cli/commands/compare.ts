import type { YuGraph } from '../../core/graph-schema.js';
import { CHANGE_STATUSES, compareDocuments, type Comparison, type EntityChange, type LinkChange } from '../../core/query/compare.js';
import { G2_CRITICAL_05 } from '../../core/query/keyness.js';
import { ENTITY_TYPES, type DocumentMeta } from '../../core/types.js';
import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { chooseSides, documentLine, printable, withDocumentCounts } from '../document-support.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { columns, parseChoices, parseInteger, snippet, surfaceForms, writeJson } from '../query-support.js';

const DEFAULT_LIMIT = 10;
/** Sides whose lengths differ more than this are flagged: raw counts would mislead. */
const LENGTH_WARNING = 2;
const usage = 'usage: yugraph compare <A> <B> [--before DATE] [--after DATE] [--type T] [--limit K] [--json] [--graph FILE]';

const help = `${usage}

What changed between documents A (before) and B (after): entities that are new (not in A), dropped
(not in B), rising or fading (a significantly higher or lower rate in B), and links drawn on one
side only. Rates are mentions per 10,000 characters, so a shorter document is not read as a drop;
rising and fading need log-likelihood G² ≥ ${G2_CRITICAL_05} (p < 0.05; Dunning 1993, Rayson & Garside 2000).

A and B are document ids, file names or unique id prefixes (002), several joined by commas.

options:
  --before DATE  side A is every document dated before DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --after DATE   side B is every document dated on or after DATE
  --type T       only entities of this type (repeatable or comma-separated): ${ENTITY_TYPES.join(', ')}
  --limit K      at most K entities per group and K links per list (default ${DEFAULT_LIMIT}, 0 = all)
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 ok, 1 unknown document or usage error, 2 unreadable graph`;

const options = {
  ...GRAPH_OPTION,
  before: { type: 'string' }, after: { type: 'string' },
  type: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' },
} as const;

const number = (value: number) => value.toFixed(2);

function sideLine(name: string, docs: readonly DocumentMeta[], chars: number): string[] {
  return [`${name}  ${chars.toLocaleString('en-US')} characters`, ...docs.map((meta) => `     ${documentLine(meta)}`)];
}

function entityRows(graph: YuGraph, changes: readonly EntityChange[]): string[] {
  const rows: string[][] = [['G²', 'A', 'B', 'rate A', 'rate B', 'entity']];
  const evidence = new Map<number, string>();
  for (const change of changes) {
    rows.push([number(change.g2), String(change.a.mentions), String(change.b.mentions), number(change.a.rate), number(change.b.rate), `${printable(change.label)}  (${change.type})`]);
    if (change.evidence) {
      const text = snippet(printable(change.evidence.text), [surfaceForms(graph, change.id).map(printable)], 60);
      evidence.set(rows.length - 1, `      ${text}  [${change.evidence.sentence}]`);
    }
  }
  // Evidence lines sit under their rows but must not widen the columns.
  return columns(rows).flatMap((line, index) => [line, ...(evidence.has(index) ? [evidence.get(index) ?? ''] : [])]);
}

function linkRows(graph: YuGraph, links: readonly LinkChange[]): string[] {
  return links.flatMap((link) => {
    const names = [surfaceForms(graph, link.source).map(printable), surfaceForms(graph, link.target).map(printable)];
    const [first] = link.evidence;
    const label = (id: string) => printable(graph.getNodeAttribute(id, 'label'));
    return [
      `  ${label(link.source)} — ${label(link.target)}  (${link.kinds.join(', ')}, weight ${link.weight})`,
      ...(first ? [`      ${snippet(printable(first.text), names, 60)}  [${first.sentence}]`] : []),
    ];
  });
}

function print(graph: YuGraph, result: Comparison, sides: { a: DocumentMeta[]; b: DocumentMeta[] }, limit: number): void {
  const cut = <T>(list: readonly T[]) => (limit === 0 ? list : list.slice(0, limit));
  const lines = [...sideLine('A', sides.a, result.a.chars), ...sideLine('B', sides.b, result.b.chars)];
  if (result.lengthRatio > LENGTH_WARNING) {
    const longer = result.a.chars >= result.b.chars ? 'A' : 'B';
    lines.push(`note: ${longer} is ${result.lengthRatio.toFixed(1)}× as long as ${longer === 'A' ? 'B' : 'A'}; read the rates, not the counts`);
  }
  lines.push(`rates are mentions per 10,000 characters; rising and fading need G² ≥ ${G2_CRITICAL_05} (p < 0.05)`);
  for (const status of CHANGE_STATUSES) {
    const group = result.entities.filter((change) => change.status === status);
    if (status === 'steady') {
      lines.push('', `steady (${group.length}): mentioned on both sides without a significant change`);
      continue;
    }
    const shown = cut(group);
    lines.push('', `${status} (${group.length}${shown.length < group.length ? `, showing ${shown.length}` : ''})`);
    if (shown.length > 0) lines.push(...entityRows(graph, shown));
  }
  for (const [name, list] of [['new links', result.links.new], ['dropped links', result.links.dropped]] as const) {
    const between = list.filter((link) => link.between);
    const shown = cut(between);
    lines.push('', `${name} between entities named on both sides (${between.length}${shown.length < between.length ? `, showing ${shown.length}` : ''}; ${list.length} in all)`);
    lines.push(...linkRows(graph, shown));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const command: Command = {
  name: 'compare',
  summary: 'what is new, dropped, rising and fading between documents',
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const types = parseChoices(values.type, ENTITY_TYPES, '--type');
    const limit = parseInteger(values.limit, '--limit', DEFAULT_LIMIT, 0);
    const graph = loadGraph(values.graph);
    const sides = chooseSides(graph, positionals, values.before, values.after, usage);
    const full = withDocumentCounts(() => compareDocuments(graph, sides.a.map((meta) => meta.id), sides.b.map((meta) => meta.id)));
    const keep = (id: string) => types.length === 0 || types.includes(graph.getNodeAttribute(id, 'type'));
    const result: Comparison = {
      ...full,
      entities: full.entities.filter((change) => keep(change.id)),
      links: {
        new: full.links.new.filter((link) => keep(link.source) && keep(link.target)),
        dropped: full.links.dropped.filter((link) => keep(link.source) && keep(link.target)),
      },
    };
    if (values.json) {
      const cut = <T>(list: readonly T[]) => (limit === 0 ? list : list.slice(0, limit));
      const groups = Object.fromEntries(CHANGE_STATUSES.map((status) => [status, result.entities.filter((change) => change.status === status)]));
      writeJson({
        a: { ...result.a, documents: sides.a },
        b: { ...result.b, documents: sides.b },
        lengthRatio: result.lengthRatio,
        options: { types, limit },
        totals: Object.fromEntries(CHANGE_STATUSES.map((status) => [status, groups[status]?.length ?? 0])),
        entities: Object.fromEntries(CHANGE_STATUSES.map((status) => [status, cut(groups[status] ?? [])])),
        links: { new: cut(result.links.new), dropped: cut(result.links.dropped) },
      });
    } else {
      print(graph, result, sides, limit);
    }
    return Promise.resolve(EXIT.ok);
  },
};
