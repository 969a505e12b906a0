import type { YuGraph } from '../../core/graph-schema.js';
import { path, type PathResult } from '../../core/query/path.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { describeEdges, entitySummary, expectPositionals, pickEvidence, resolveEntity, snippet, surfaceForms, writeJson } from '../query-support.js';

const usage = 'usage: yugraph path <a> <b> [--json] [--graph FILE]';

const help = `${usage}

How two entities are connected: the path with the fewest hops (any relation, either direction)
and, among those, the most supporting sentences, with one sentence for each hop.

options:
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 path found, 1 no path, unknown name or usage error, 2 unreadable graph`;

const options = { ...GRAPH_OPTION, json: { type: 'boolean' } } as const;

function printPath(graph: YuGraph, result: PathResult): void {
  const hops = result.steps.length;
  const lines = [result.nodes.map((node) => node.label).join(' → '), `${hops} ${hops === 1 ? 'hop' : 'hops'}, total weight ${result.totalWeight}`];
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
    const result = path(graph, from, to);
    if (values.json) {
      writeJson({
        query: { from: a, to: b },
        from: entitySummary(graph, from),
        to: entitySummary(graph, to),
        path: result && {
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
        },
      });
    } else if (result) {
      printPath(graph, result);
    }
    if (!result) writeLines(process.stderr, [`yugraph: no path between ${graph.getNodeAttribute(from, 'label')} and ${graph.getNodeAttribute(to, 'label')}`]);
    return Promise.resolve(result ? EXIT.ok : EXIT.notFound);
  },
};
