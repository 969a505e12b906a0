import type { YuGraph } from '../../core/graph-schema.js';
import { paths, type PathResult } from '../../core/query/path.js';
import { RELATION_KINDS } from '../../core/types.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import {
  describeEdges, entitySummary, expectPositionals, parseChoices, parseInteger, parseMinWeight, pickEvidence, resolveEntity, snippet,
  surfaceForms, writeJson,
} from '../query-support.js';

/** Yen's algorithm runs one search per node of each path found: a handful of paths is what a reader compares. */
const MAX_K = 10;

const usage = 'usage: yugraph path <a> <b> [--k N] [--relation R] [--min-weight W] [--json] [--graph FILE]';

const help = `${usage}

How two entities are connected: the path with the fewest hops (any relation, either direction)
and, among those, the most supporting sentences, with one sentence for each hop.

options:
  --k N            the N shortest paths (1 to ${MAX_K}, default 1), fewest hops first
  --relation R     only follow these relations (repeatable or comma-separated):
                   ${RELATION_KINDS.join(', ')}
  --min-weight W   only follow edges supported by at least W sentences
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 path found, 1 no path, unknown name or usage error, 2 unreadable graph`;

const options = {
  ...GRAPH_OPTION,
  k: { type: 'string' },
  relation: { type: 'string', multiple: true },
  'min-weight': { type: 'string' },
  json: { type: 'boolean' },
} as const;

function printPath(graph: YuGraph, result: PathResult, index: number, count: number): void {
  const hops = result.steps.length;
  const lines = count > 1 ? [`${index > 0 ? '\n' : ''}path ${index + 1} of ${count}`] : [];
  lines.push(result.nodes.map((node) => node.label).join(' → '), `${hops} ${hops === 1 ? 'hop' : 'hops'}, total weight ${result.totalWeight}`);
  for (const step of result.steps) {
    const from = graph.getNodeAttribute(step.from, 'label');
    const to = graph.getNodeAttribute(step.to, 'label');
    lines.push('', `  ${from} —[${describeEdges(step.edges, step.from)}, weight ${step.weight}]— ${to}`);
    const names = [surfaceForms(graph, step.from), surfaceForms(graph, step.to)];
    const evidence = pickEvidence(step.evidence, names);
    if (evidence) lines.push(`      ${snippet(evidence.text, names)}  [${evidence.sentence}]`);
  }
  writeLines(process.stdout, lines);
}

function toJson(result: PathResult) {
  return {
    hops: result.steps.length,
    totalWeight: result.totalWeight,
    nodes: result.nodes,
    steps: result.steps.map((step) => ({
      from: step.from,
      to: step.to,
      weight: step.weight,
      via: step.via,
      edges: step.edges.map(({ kind, source, target, weight }) => ({ kind, source, target, weight })),
      evidence: step.evidence,
    })),
  };
}

export const command: Command = {
  name: 'path',
  summary: 'how two entities are connected, hop by hop with evidence',
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const [a = '', b = ''] = expectPositionals(positionals, ['a', 'b'], usage);
    const graph = loadGraph(values.graph);
    const from = resolveEntity(graph, a);
    const to = resolveEntity(graph, b);
    const k = parseInteger(values.k, '--k', 1, 1, MAX_K);
    const relations = parseChoices(values.relation, RELATION_KINDS, '--relation');
    const minWeight = parseMinWeight(values['min-weight']);
    const found = paths(graph, from, to, k, { relations, minWeight });
    const result = found[0] ?? null;
    if (values.json) {
      const json: Record<string, unknown> = { query: { from: a, to: b }, from: entitySummary(graph, from), to: entitySummary(graph, to), path: result && toJson(result) };
      // --k adds the list; `path` stays the shortest, so scripts written for one path keep working.
      if (values.k !== undefined) json.paths = found.map(toJson);
      writeJson(json);
    } else {
      found.forEach((each, index) => { printPath(graph, each, index, found.length); });
    }
    if (!result) writeLines(process.stderr, [`yugraph: no path between ${graph.getNodeAttribute(from, 'label')} and ${graph.getNodeAttribute(to, 'label')}`]);
    return Promise.resolve(result ? EXIT.ok : EXIT.notFound);
  },
};
