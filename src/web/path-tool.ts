/**
 * The path tool: "how are A and B connected?". The selected entity is A; B comes from the panel,
 * the path tool's own search box or the URL (`?node=两江四岸&path=广阳岛&k=3&prel=cooccurs&pminw=2`).
 * The paths come from the query core's `paths()`, the same as `yugraph path --k`, and every hop
 * lists its evidence with both names marked.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { paths, type PathResult } from '../core/query/path.js';
import { RELATION_KINDS, type RelationKind } from '../core/types.js';
import { el } from './dom.js';
import { documentIndex, documentLabel, evidenceList, markedText, termsOf } from './evidence.js';
import { relationName, t } from './i18n.js';
import { closeButton, nodeButton, type PanelActions } from './panel-parts.js';
import type { Highlight } from './reducers.js';
import { mountSearchBox } from './search-box.js';

export interface PathQuery {
  /** The other end; null while the user is still choosing it. */
  to: string | null;
  /** How many shortest paths to list (1–5). */
  k: number;
  /** Relation kinds the paths may follow. */
  relations: ReadonlySet<RelationKind>;
  /** Edges need at least this many supporting sentences. */
  minWeight: number;
}

const K_CHOICES = [1, 3, 5] as const;

export function newPathQuery(to: string | null): PathQuery {
  return { to, k: 1, relations: new Set(RELATION_KINDS), minWeight: 1 };
}

/** `path`, `k`, `prel`, `pminw` from the URL; `find` turns a name into a node key (or null). */
export function readPathParams(params: URLSearchParams, find: (name: string) => string | null): PathQuery | null {
  const name = params.get('path');
  if (name === null) return null;
  const query = newPathQuery(name === '' ? null : find(name));
  const k = Number(params.get('k'));
  if (K_CHOICES.some((choice) => choice === k)) query.k = k;
  const relations = params.get('prel');
  if (relations !== null) {
    const wanted = new Set(relations.split(','));
    query.relations = new Set(RELATION_KINDS.filter((kind) => wanted.has(kind)));
  }
  const minWeight = Number.parseInt(params.get('pminw') ?? '', 10);
  if (Number.isFinite(minWeight) && minWeight > 1) query.minWeight = minWeight;
  return query;
}

export function writePathParams(params: URLSearchParams, query: PathQuery | null): void {
  if (query === null) return;
  params.set('path', query.to ?? '');
  if (query.k !== 1) params.set('k', String(query.k));
  if (query.relations.size < RELATION_KINDS.length) params.set('prel', [...query.relations].join(','));
  if (query.minWeight > 1) params.set('pminw', String(query.minWeight));
}

let cache: { graph: YuGraph; node: string; query: PathQuery; results: PathResult[] } | null = null;

/** The paths the panel lists and the canvas highlights; computed once per (node, query). */
export function findPaths(graph: YuGraph, node: string | null, query: PathQuery | null): PathResult[] | null {
  if (node === null || query?.to == null || !graph.hasNode(node) || !graph.hasNode(query.to)) return null;
  if (cache?.graph === graph && cache.node === node && cache.query === query) return cache.results;
  const results = paths(graph, node, query.to, query.k, { relations: [...query.relations], minWeight: query.minWeight });
  cache = { graph, node, query, results };
  return results;
}

/** Every node and edge on the listed paths; the two ends are drawn as selected. */
export function pathHighlight(node: string, to: string, results: readonly PathResult[]): Highlight {
  const nodes = new Set([node, to]);
  const edges = new Set<string>();
  for (const result of results) {
    for (const entry of result.nodes) nodes.add(entry.id);
    for (const step of result.steps) for (const edge of step.edges) edges.add(edge.key);
  }
  return { selected: new Set([node, to]), nodes, edges, strong: true };
}

/** The panel's path view: options, the target picker, then each path hop by hop with evidence. */
export function renderPathView(graph: YuGraph, node: string, query: PathQuery, actions: PanelActions): HTMLElement {
  const label = graph.getNodeAttribute(node, 'label');
  const section = el('section', { className: 'path-view', attrs: { 'aria-label': t('path.title') } });
  const title = query.to === null ? label : `${label} → ${graph.getNodeAttribute(query.to, 'label')}`;
  section.append(
    el('button', { className: 'back', attrs: { type: 'button' }, onClick: () => { actions.select(node); } }, t('panel.back', label)),
    el('header', {}, el('h2', {}, el('span', { className: 'field' }, `${t('path.title')} `), title), closeButton(actions)),
    pathOptions(graph, node, query, actions),
  );
  const results = findPaths(graph, node, query);
  if (query.to === null || results === null) return section;
  if (results.length === 0) {
    section.append(el('p', { className: 'hint path-none' }, t('path.none', label, graph.getNodeAttribute(query.to, 'label'))));
    return section;
  }
  results.forEach((result, index) => { section.append(renderOnePath(graph, result, index, actions)); });
  return section;
}

function pathOptions(graph: YuGraph, node: string, query: PathQuery, actions: PanelActions): HTMLElement {
  const set = (patch: Partial<PathQuery>) => { actions.setPath({ ...query, ...patch }); };
  const input = el('input', {
    attrs: {
      id: 'path-to', type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': 'path-to-list', autocomplete: 'off', spellcheck: 'false', placeholder: t('path.pick'),
    },
  });
  if (query.to !== null) input.value = graph.getNodeAttribute(query.to, 'label');
  const listbox = el('ul', { attrs: { id: 'path-to-list', role: 'listbox', 'aria-label': t('path.pick') } });
  listbox.hidden = true;
  mountSearchBox(input, listbox, graph, (to) => { if (to !== node) set({ to }); });

  const k = el('select', { attrs: { id: 'path-k' } }, ...K_CHOICES.map((choice) => el('option', { attrs: { value: String(choice) } }, choice)));
  k.value = String(query.k);
  k.addEventListener('change', () => { set({ k: Number(k.value) }); });

  const minWeight = el('input', { attrs: { id: 'path-minw', type: 'number', min: '1', max: '99', step: '1', value: String(query.minWeight) } });
  minWeight.addEventListener('change', () => {
    const value = Math.max(1, Math.min(99, Math.trunc(Number(minWeight.value)) || 1));
    set({ minWeight: value });
  });

  const kinds = el('fieldset', { className: 'path-kinds' }, el('legend', {}, t('path.relations')),
    ...RELATION_KINDS.map((kind) => {
      const box = el('input', { attrs: { type: 'checkbox', value: kind } });
      box.checked = query.relations.has(kind);
      box.addEventListener('change', () => {
        const next = new Set(query.relations);
        if (box.checked) next.add(kind);
        else next.delete(kind);
        set({ relations: next });
      });
      return el('label', { className: 'path-kind' }, box, ' ', relationName(kind));
    }));

  return el('div', { className: 'path-options' },
    el('div', { className: 'search path-search' }, el('label', { attrs: { for: 'path-to' } }, t('path.to')), input, listbox),
    el('div', { className: 'path-row' },
      el('label', { attrs: { for: 'path-k' } }, t('path.k'), ' ', k),
      el('label', { attrs: { for: 'path-minw' } }, t('path.minWeight'), ' ', minWeight)),
    kinds);
}

function renderOnePath(graph: YuGraph, result: PathResult, index: number, actions: PanelActions): HTMLElement {
  const sentences = result.steps.reduce((sum, step) => sum + step.evidence.length, 0);
  const chain = el('p', { className: 'path-chain' });
  result.nodes.forEach((entry, position) => {
    if (position > 0) chain.append(' → ');
    chain.append(nodeButton(graph, entry.id, () => { actions.select(entry.id); }));
  });
  const hops = el('ol', { className: 'path-hops' }, ...result.steps.map((step, position) => {
    const a = graph.getNodeAttributes(step.from);
    const b = graph.getNodeAttributes(step.to);
    const marks = [{ terms: termsOf(a), className: 'a' }, { terms: termsOf(b), className: 'b' }];
    const item = el('li', { className: 'path-hop' },
      el('h4', {}, t('path.hop', position + 1), ' · ',
        el('button', { className: 'link', attrs: { type: 'button' }, onClick: () => { actions.selectPair(step.from, step.to); } },
          el('mark', { className: 'a' }, a.label), ' — ', el('mark', { className: 'b' }, b.label)),
        el('span', { className: 'relation-phrase' }, ` · ${step.via.map(relationName).join('、')}`)));
    const [first] = step.evidence;
    if (first) {
      const meta = documentIndex(graph).get(first.doc)?.meta;
      item.append(el('p', { className: 'doc-title' }, meta ? documentLabel(meta) : first.doc),
        el('blockquote', { className: 'path-evidence', attrs: { 'data-sentence': first.sentence } }, markedText(first.text, marks)));
      if (step.evidence.length > 1) {
        const more = el('button', { className: 'more', attrs: { type: 'button' } }, t('path.moreEvidence', step.evidence.length - 1));
        more.addEventListener('click', () => {
          more.replaceWith(evidenceList(graph, step.evidence.slice(1).map((evidence) => evidence.sentence), marks));
        });
        item.append(more);
      }
    }
    return item;
  }));
  return el('section', { className: 'path-result' },
    el('h3', {}, t('path.summary', index + 1, result.steps.length, sentences)), chain, hops);
}
