import { dirname, join } from 'node:path';
import { toCsv } from '../../core/export/csv.js';
import { filterGraph } from '../../core/export/filter.js';
import { toGexf } from '../../core/export/gexf.js';
import { toGraphml, type GraphmlOptions } from '../../core/export/graphml.js';
import { toJson } from '../../core/export/json.js';
import type { NodeFieldOptions } from '../../core/export/change-fields.js';
import type { YuGraph } from '../../core/graph-schema.js';
import { compareDocuments } from '../../core/query/compare.js';
import { ENTITY_TYPES } from '../../core/types.js';
import { writeFilesAtomic } from '../../pipeline/atomic-write.js';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';
import { documentsNamed, withDocumentCounts } from '../document-support.js';
import { DEFAULT_GRAPH_PATH, displayPath, GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { parseChoices, parseMinWeight } from '../query-support.js';

const FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const usage = 'usage: yugraph export --format gexf|graphml|csv|json [--yed] [--out PATH] [--type T] [--min-weight W] [--compare A,B] [--graph FILE]';

const help = `${usage}

Writes the graph for other tools: gexf (Gephi), graphml (Cytoscape, yEd, NetworkX, igraph),
csv (nodes.csv + edges.csv for neo4j-admin import and spreadsheets), json (graphology).
Files are written whole or not at all (temporary file + rename).

options:
  --format F       gexf, graphml, csv or json (required)
  --yed            graphml only: add yEd's yFiles drawing (labels, fill colour by type, layout positions)
  --out PATH       file to write; for csv, the folder that gets nodes.csv and edges.csv;
                   "-" writes gexf, graphml or json to stdout.
                   Default: export/ next to the graph file (graph/export/graph.gexf, …, graph/export/ for csv)
  --type T         keep only entities of these types (repeatable or comma-separated): ${ENTITY_TYPES.join(', ')}
  --min-weight W   keep only edges supported by at least W sentences (entities stay)
  --compare A,B    add each entity's status between documents A and B (as \`yugraph compare A B\`:
                   new, dropped, rising, fading, steady or absent), its G² and both rates
                   (gexf, graphml, csv; every export also has mentions_<document> columns)
  --graph FILE     graph to export (default: the checkout's graph/graph.json)

exit codes: 0 ok, 1 usage error, 2 unreadable graph or unwritable output`;

const options = {
  ...GRAPH_OPTION,
  format: { type: 'string' },
  out: { type: 'string' },
  type: { type: 'string', multiple: true },
  'min-weight': { type: 'string' },
  compare: { type: 'string' },
  yed: { type: 'boolean' },
} as const;

function render(graph: YuGraph, format: Exclude<Format, 'csv'>, fields: GraphmlOptions): string {
  switch (format) {
    case 'gexf': return toGexf(graph, fields);
    case 'graphml': return toGraphml(graph, fields);
    case 'json': return `${JSON.stringify(toJson(graph))}\n`;
  }
}

function write(files: [path: string, data: string][]): void {
  try {
    writeFilesAtomic(files);
  } catch (error) {
    throw new UserError(`cannot write ${files.map(([path]) => displayPath(path)).join(', ')}: ${(error as Error).message}`, EXIT.inputError);
  }
}

/** `--compare A,B`: two document references, compared on the whole graph before any filter. */
function comparison(graph: YuGraph, value: string): NodeFieldOptions['comparison'] {
  const parts = value.split(',');
  if (parts.length !== 2 || parts.some((part) => part.trim() === '')) throw new UserError(`--compare needs two documents, A,B; got "${value}"`, EXIT.usage);
  const [a = [], b = []] = parts.map((part) => documentsNamed(graph, part).map((meta) => meta.id));
  if (a[0] === b[0]) throw new UserError(`--compare needs two different documents; got "${value}"`, EXIT.usage);
  return withDocumentCounts(() => compareDocuments(graph, a, b));
}

export const command: Command = {
  name: 'export',
  summary: 'write the graph as GEXF, GraphML, CSV (neo4j) or JSON',
  help,
  run(argv) {
    const { values } = parseCommandArgs(argv, options, false);
    const [format] = parseChoices(values.format === undefined ? [] : [values.format], FORMATS, '--format');
    if (format === undefined) throw new UserError(`--format is required\n${usage}`, EXIT.usage);
    if (values.yed === true && format !== 'graphml') throw new UserError(`--yed is a graphml option; got --format ${format}`, EXIT.usage);
    const types = parseChoices(values.type, ENTITY_TYPES, '--type');
    const minWeight = parseMinWeight(values['min-weight']);
    const source = values.graph ?? DEFAULT_GRAPH_PATH;
    const full = loadGraph(source);
    const fields = { comparison: values.compare === undefined ? undefined : comparison(full, values.compare), yed: values.yed };
    const graph = filterGraph(full, { types, minWeight });
    const exportDir = join(dirname(source), 'export');
    const counts = `${graph.order} entities, ${graph.size} edges`;

    if (format === 'csv') {
      if (values.out === '-') throw new UserError('csv writes two files (nodes.csv, edges.csv): --out must be a folder', EXIT.usage);
      const dir = values.out ?? exportDir;
      const { nodes, edges } = toCsv(graph, fields);
      write([
        [join(dir, 'nodes.csv'), nodes],
        [join(dir, 'edges.csv'), edges],
      ]);
      process.stderr.write(`yugraph: wrote ${displayPath(join(dir, 'nodes.csv'))} and edges.csv (${counts})\n`);
      return Promise.resolve(EXIT.ok);
    }
    const data = render(graph, format, fields);
    if (values.out === '-') {
      process.stdout.write(data);
      return Promise.resolve(EXIT.ok);
    }
    const file = values.out ?? join(exportDir, `graph.${format}`);
    write([[file, data]]);
    process.stderr.write(`yugraph: wrote ${displayPath(file)} (${counts})\n`);
    return Promise.resolve(EXIT.ok);
  },
};
