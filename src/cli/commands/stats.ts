import { stats, top } from '../../core/query/stats.js';
import { ENTITY_TYPES, RELATION_KINDS } from '../../core/types.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { columns, parseInteger, writeJson } from '../query-support.js';

const DEFAULT_TOP = 5;
const usage = 'usage: yugraph stats [--top K] [--json] [--graph FILE]';

const help = `${usage}

Size and shape of the graph: entities by type, edges by relation, documents by format, sentences, density,
connected components, and the most mentioned entities of each type.

options:
  --top K        most mentioned entities listed per type (default ${DEFAULT_TOP}; 0 for none)
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 ok, 1 usage error, 2 unreadable graph`;

const options = { ...GRAPH_OPTION, top: { type: 'string' }, json: { type: 'boolean' } } as const;

export const command: Command = {
  name: 'stats',
  summary: 'counts, density, components and the most mentioned entities',
  help,
  run(argv) {
    const { values } = parseCommandArgs(argv, options, false);
    const count = parseInteger(values.top, '--top', DEFAULT_TOP, 0);
    const graph = loadGraph(values.graph);
    const summary = stats(graph);
    const leaders = Object.fromEntries(ENTITY_TYPES.map((type) => [type, top(graph, type, count)]));
    if (values.json) {
      writeJson({ ...summary, top: leaders });
      return Promise.resolve(EXIT.ok);
    }
    const lines = [
      `${summary.name}: ${summary.entities} entities, ${summary.edges} edges, ${summary.documents} documents, ${summary.sentences} sentences`,
      '',
      ...columns([
        ['entities', ...ENTITY_TYPES.map((type) => `${type} ${summary.byType[type]}`)],
        ['edges', ...RELATION_KINDS.map((kind) => `${kind} ${summary.byRelation[kind]}`)],
        ['documents', ...Object.entries(summary.byFormat).map(([format, count]) => `${format} ${count}`)],
      ], ''),
      '',
      `linked pairs ${summary.linkedPairs}, density ${summary.density.toFixed(4)}, average degree ${summary.averageDegree.toFixed(2)}`,
      `components ${summary.components} (largest ${summary.largestComponent} entities), isolated entities ${summary.isolated}`,
    ];
    if (count > 0) {
      lines.push('', 'most mentioned (mentions / documents / linked entities):');
      for (const type of ENTITY_TYPES) {
        const entries = leaders[type] ?? [];
        if (entries.length > 0) lines.push(`  ${type}: ${entries.map((entry) => `${entry.label} ${entry.mentions}/${entry.documents}/${entry.degree}`).join(' · ')}`);
      }
    }
    writeLines(process.stdout, lines);
    return Promise.resolve(EXIT.ok);
  },
};
