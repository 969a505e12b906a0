import { search } from '../../core/query/search.js';
import { ENTITY_TYPES } from '../../core/types.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { columns, expectPositionals, parseChoices, parseInteger, writeJson } from '../query-support.js';

const DEFAULT_LIMIT = 20;
const usage = 'usage: yugraph search <text> [--type T] [--limit K] [--json] [--graph FILE]';

const help = `${usage}

Entities whose label or an alias contains <text> (full/half width, brackets and quotes ignored):
exact names first, then names starting with it, then names containing it; most mentioned first.

options:
  --type T       only entities of this type (repeatable or comma-separated): ${ENTITY_TYPES.join(', ')}
  --limit K      at most K results (default ${DEFAULT_LIMIT})
  --json         JSON on stdout (schema in README)
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 found, 1 nothing found or usage error, 2 unreadable graph`;

const options = { ...GRAPH_OPTION, type: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' } } as const;

export const command: Command = {
  name: 'search',
  summary: 'find entities by part of a name or alias',
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const [text = ''] = expectPositionals(positionals, ['text'], usage);
    const types = parseChoices(values.type, ENTITY_TYPES, '--type');
    const limit = parseInteger(values.limit, '--limit', DEFAULT_LIMIT, 1);
    const graph = loadGraph(values.graph);
    const results = search(graph, text, { types, limit }).map((suggestion) => ({
      ...suggestion,
      mentions: graph.getNodeAttribute(suggestion.id, 'mentions'),
    }));
    if (values.json) {
      writeJson({ query: text, results });
    } else if (results.length > 0) {
      const rows = results.map((result) => [result.label, result.type, String(result.mentions), result.matchedBy === 'alias' ? `alias ${result.matchedText}` : '']);
      writeLines(process.stdout, columns([['entity', 'type', 'mentions', 'matched'], ...rows], ''));
    }
    if (results.length === 0) writeLines(process.stderr, [`yugraph: no entity name contains "${text}"`]);
    return Promise.resolve(results.length > 0 ? EXIT.ok : EXIT.notFound);
  },
};
