import type { YuGraph } from '../../core/graph-schema.js';
import type { Evidence } from '../../core/query/links.js';
import { related, type RelatedEntity } from '../../core/query/relations.js';
import { EXIT, parseCommandArgs, writeLines, type Command } from '../command.js';
import { GRAPH_OPTION, loadGraph } from '../load-graph.js';
import { entitySummary, expectPositionals, resolveEntity, snippet, surfaceForms, writeJson } from '../query-support.js';

const usage = 'usage: yugraph explain <name> [--json] [--graph FILE]';

const help = `${usage}

What <name> stands for, as the documents spell it out, with the sentences that say so:
the components of a slogan (“两高” → 高质量发展, 高品质生活), the instances of a category
(国家级开放平台 → 两江新区, …) and the parts of a region (主城都市区 → 璧山区, …).
<name> is a label, an alias, or something close ("did you mean" otherwise).

options:
  --json         JSON on stdout: { entity, components, instances, parts }, each entry with its
                 label, type, relation and evidence sentences
  --graph FILE   graph to query (default: the checkout's graph/graph.json)

exit codes: 0 ok (also when nothing is spelled out), 1 unknown name or usage error, 2 unreadable graph`;

const options = { ...GRAPH_OPTION, json: { type: 'boolean' } } as const;

interface Explanation {
  components: RelatedEntity[];
  instances: RelatedEntity[];
  parts: RelatedEntity[];
}

function explain(graph: YuGraph, id: string): Explanation {
  return {
    components: related(graph, id, ['expands_to'], 'out'),
    instances: related(graph, id, ['instance_of'], 'in'),
    parts: related(graph, id, ['part_of', 'located_in'], 'in'),
  };
}

/** The sentence that writes the related entity itself, not only inside the explained name (芯 of 芯屏器核网). */
function ownSentence(entry: RelatedEntity, forms: readonly string[], explained: readonly string[]): Evidence | undefined {
  const writes = (item: Evidence) => {
    const rest = explained.reduce((text, form) => (form === '' ? text : text.split(form).join('')), item.text);
    return forms.some((form) => form !== '' && rest.includes(form));
  };
  return entry.evidence.find(writes) ?? entry.evidence[0];
}

function printText(graph: YuGraph, id: string, explanation: Explanation): void {
  const { label, type } = entitySummary(graph, id);
  const forms = surfaceForms(graph, id);
  const lines = [`${label}  (${type})`];
  const sections: [string, RelatedEntity[]][] = [
    ['stands for', explanation.components],
    ['instances', explanation.instances],
    ['parts', explanation.parts],
  ];
  for (const [title, entries] of sections) {
    if (entries.length === 0) continue;
    lines.push('', `${title} (${entries.length}):`);
    entries.forEach((entry, index) => {
      const relation = entry.kind === 'located_in' ? '  located in' : '';
      lines.push(`  ${index + 1}. ${entry.label}  (${entry.type})${relation}`);
      const entryForms = surfaceForms(graph, entry.id);
      const evidence = ownSentence(entry, entryForms, forms);
      if (evidence) lines.push(`     “${snippet(evidence.text, [forms, entryForms], 60)}”  [${evidence.sentence}]`);
    });
  }
  if (sections.every(([, entries]) => entries.length === 0)) lines.push('', 'the documents spell out no components, instances or parts of it');
  writeLines(process.stdout, lines);
}

const asJson = (entries: RelatedEntity[]) =>
  entries.map(({ id, label, type, kind, evidence }) => ({ id, label, type, relation: kind, evidence }));

export const command: Command = {
  name: 'explain',
  summary: 'what a slogan stands for (or a category, a region), with evidence',
  help,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, options);
    const [name = ''] = expectPositionals(positionals, ['name'], usage);
    const graph = loadGraph(values.graph);
    const id = resolveEntity(graph, name);
    const explanation = explain(graph, id);
    if (values.json) {
      writeJson({
        query: name,
        entity: entitySummary(graph, id),
        components: asJson(explanation.components),
        instances: asJson(explanation.instances),
        parts: asJson(explanation.parts),
      });
    } else {
      printText(graph, id, explanation);
    }
    return Promise.resolve(EXIT.ok);
  },
};
