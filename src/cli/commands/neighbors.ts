import { neighbors, type NeighborResult } from '../../core/query/neighbors.js';
import { ENTITY_TYPES, RELATION_KINDS } from '../../core/types.js';
import type { YuGraph } from '../../core/graph-schema.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import {
  columns, describeEdges, entitySummary, expectPositionals, parseChoices, parseInteger, parseMinWeight,
  pickEvidence, resolveEntity, snippet, surfaceForms, writeJson,
} from '../query-support.js';

const MAX_DEPTH = 3;
const DEFAULT_LIMIT = 20;

const usage = 'usage: yugraph neighbors <name> [--depth N] [--type T] [--relation R] [--min-weight W] [--limit K] [--json] [--graph FILE]';

const help = `${usage}

Entities linked to <name> (a label, an alias, or something close: "did you mean" otherwise),
strongest link first, grouped by type, each with one sentence that links them.

options:
  --depth N        hops from the entity, 1 to ${MAX_DEPTH} (default 1); deeper entities show the
                   entity they were reached through
  --type T         only list entities of this type (repeatable or comma-separated):
                   ${ENTITY_TYPES.join(', ')}
  --relation R     only follow these relations (repeatable or comma-separated):
                   ${RELATION_KINDS.join(', ')}
  --min-weight W   only follow edges supported by at least W sentences
  --limit K        at most K entities (default ${DEFAULT_LIMIT}; 0 for all)
  --json           JSON on stdout (schema in README)
  --graph FILE     graph to query (default: the checkout's graph/graph.json)

exit codes: 0 ok, 1 unknown name or usage error, 2 unreadable graph`;

const options = {
  ...GRAPH_OPTION,
  depth: { type: 'string' },
  type: { type: 'string', multiple: true },
  relation: { type: 'string', multiple: true },
  'min-weight': { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function printTable(graph: YuGraph, id: string, shown: readonly NeighborResult[], total: number, depth: number): void {
  const { label, type, aliases } = entitySummary(graph, id);
  const lines = [`${label}  (${type})${aliases.length ? `  aliases: ${aliases.join('、')}` : ''}`];
  lines.push(`${total} linked ${total === 1 ? 'entity' : 'entities'} within ${depth} ${depth === 1 ? 'hop' : 'hops'}${shown.length < total ? `, showing the ${shown.length} strongest` : ''}`);
  // Groups in order of their strongest member, which is the order of first appearance.
  const groups = new Map<string, NeighborResult[]>();
  for (const neighbor of shown) {
    const group = groups.get(neighbor.type);
    if (group) group.push(neighbor);
    else groups.set(neighbor.type, [neighbor]);
  }
  for (const [groupType, members] of groups) {
    lines.push('', `${groupType} (${members.length})`);
    const rows = members.map((neighbor) => {
      const from = neighbor.through ?? id;
      const via = describeEdges(neighbor.edges, from);
      return [String(neighbor.weight), neighbor.label, neighbor.through === undefined ? via : `${via} (via ${graph.getNodeAttribute(neighbor.through, 'label')})`];
    });
    const aligned = columns([['weight', 'entity', 'relation'], ...rows]);
    lines.push(aligned[0] ?? '');
    members.forEach((neighbor, index) => {
      lines.push(aligned[index + 1] ?? '');
      const names = [surfaceForms(graph, neighbor.through ?? id), surfaceForms(graph, neighbor.id)];
      const evidence = pickEvidence(neighbor.evidence, names);
      if (evidence) lines.push(`          ${snippet(evidence.text, names)}  [${evidence.sentence}]`);
    });
  }
  writeLines(process.stdout, lines);
}

export const command: Command = {
  name: 'neighbors',
  summary: 'entities linked to an entity, with the sentences linking them',
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const [name = ''] = expectPositionals(positionals, ['name'], usage);
    const depth = parseInteger(values.depth, '--depth', 1, 1, MAX_DEPTH);
    const limit = parseInteger(values.limit, '--limit', DEFAULT_LIMIT, 0);
    const types = parseChoices(values.type, ENTITY_TYPES, '--type');
    const relations = parseChoices(values.relation, RELATION_KINDS, '--relation');
    const minWeight = parseMinWeight(values['min-weight']);
    const graph = loadGraph(values.graph);
    const id = resolveEntity(graph, name);
    const all = neighbors(graph, id, { depth, types, relations, minWeight });
    const shown = limit === 0 ? all : all.slice(0, limit);
    if (values.json) {
      writeJson({
        query: name,
        entity: entitySummary(graph, id),
        options: { depth, types, relations, minWeight, limit },
        total: all.length,
        neighbors: shown.map((neighbor) => ({
          id: neighbor.id,
          label: neighbor.label,
          type: neighbor.type,
          weight: neighbor.weight,
          depth: neighbor.depth,
          through: neighbor.through ?? null,
          via: neighbor.via,
          edges: neighbor.edges.map(({ kind, source, target, weight }) => ({ kind, source, target, weight })),
          evidence: neighbor.evidence,
        })),
      });
    } else {
      printTable(graph, id, shown, all.length, depth);
    }
    return Promise.resolve(EXIT.ok);
  },
};
