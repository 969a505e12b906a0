import { timeline } from '../../core/query/timeline.js';
import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { printable, withDocumentCounts } from '../document-support.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { columns, entitySummary, expectPositionals, resolveEntity, writeJson } from '../query-support.js';

const usage = 'usage: yugraph timeline <name> [--json] [--graph FILE]';

const help = `${usage}

An entity's mentions in every document, in date order (undated documents last), with the rate per
10,000 characters of each document, so that documents of different lengths compare.

options:
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 ok, 1 unknown name or usage error, 2 unreadable graph`;

const options = { ...GRAPH_OPTION, json: { type: 'boolean' } } as const;

/** Bar width in terminal cells for the highest rate. */
const BAR = 20;

export const command: Command = {
  name: 'timeline',
  summary: "an entity's mentions per document, in date order",
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const [name = ''] = expectPositionals(positionals, ['name'], usage);
    const graph = loadGraph(values.graph);
    const id = resolveEntity(graph, name);
    const points = withDocumentCounts(() => timeline(graph, id));
    if (values.json) {
      writeJson({ query: name, entity: entitySummary(graph, id), timeline: points });
      return Promise.resolve(EXIT.ok);
    }
    const { label, type } = graph.getNodeAttributes(id);
    const highest = Math.max(...points.map((point) => point.rate));
    const rows = points.map((point) => [
      point.date ?? 'undated', point.doc, String(point.mentions), point.rate.toFixed(2),
      highest > 0 ? '█'.repeat(Math.round((point.rate / highest) * BAR)) || (point.mentions > 0 ? '▏' : '') : '',
    ]);
    const lines = [
      `${printable(label)}  (${type})`,
      '',
      ...columns([['date', 'document', 'mentions', 'per 10k chars', ''], ...rows]),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return Promise.resolve(EXIT.ok);
  },
};
