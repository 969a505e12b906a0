/**
 * The side panel: what the selection is, where it is mentioned, what it is connected to and why.
 * It is redrawn from (graph, state, visibility) on every change; it holds no state of its own.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { resolve } from '../core/query/resolve.js';
import { ENTITY_TYPES } from '../core/types.js';
import { el } from './dom.js';
import { comparePanel } from './compare.js';
import { documentIndex, documentLabel, evidenceList, termsOf } from './evidence.js';
import { t } from './i18n.js';
import { closeButton, nodeButton, relationLines, typeBadge, type PanelActions } from './panel-parts.js';
import { renderPair } from './pair-view.js';
import { newPathQuery, renderPathView } from './path-tool.js';
import type { ViewState } from './state.js';
import type { Visibility } from './visibility.js';

/** Neighbour rows shown per type before a "show more" button. */
const ROWS = 10;
/** Entities offered on the empty panel. */
const START_ENTITIES = 12;

export function renderPanel(root: HTMLElement, graph: YuGraph, state: ViewState, visibility: Visibility, actions: PanelActions): void {
  root.replaceChildren();
  if (state.node !== null && state.path !== null) {
    root.append(renderPathView(graph, state.node, state.path, actions));
  } else if (state.node !== null && state.other !== null) {
    root.append(renderPair(graph, state.node, state.other, actions));
  } else if (state.node !== null) {
    root.append(renderNode(graph, state.node, visibility, actions, state));
  } else if (state.missing !== null) {
    root.append(renderMissing(graph, state.missing, actions));
  } else {
    root.append(renderStart(graph, actions));
  }
  root.scrollTop = 0;
}

function renderNode(graph: YuGraph, node: string, visibility: Visibility, actions: PanelActions, state: ViewState): HTMLElement {
  const attributes = graph.getNodeAttributes(node);
  const section = el('section', { className: 'node-view', attrs: { 'aria-label': attributes.label } });
  section.append(
    el('header', {}, el('h2', {}, attributes.label), closeButton(actions)),
    el('p', { className: 'meta' }, typeBadge(attributes.type), ' · ', t('panel.mentions', attributes.mentions), ' ',
      el('button', { className: 'find-path small', attrs: { type: 'button' }, onClick: () => { actions.setPath(newPathQuery(null)); } }, t('path.find'))),
  );
  if (attributes.aliases.length > 0) {
    section.append(el('p', { className: 'aliases' }, el('span', { className: 'field' }, t('panel.aliases')), ' ', attributes.aliases.join('、')));
  }
  section.append(...comparePanel(graph, node, state));
  const relations = relationLines(graph, node, (other) => { actions.selectPair(node, other); });
  if (relations) section.append(el('h3', {}, t('panel.relations')), relations);
  section.append(el('h3', {}, t('panel.neighbors')), renderNeighbours(graph, node, visibility, actions));
  section.append(el('h3', {}, t('panel.documents')), renderDocuments(graph, node));
  section.append(el('h3', {}, t('panel.context')), evidenceList(graph, attributes.sentences, [{ terms: termsOf(attributes), className: 'a' }]));
  return section;
}

function renderNeighbours(graph: YuGraph, node: string, visibility: Visibility, actions: PanelActions): HTMLElement {
  // A pair may be linked by a co-occurrence and a typed relation: one row, weighted by shared sentences.
  const weights = new Map<string, number>();
  const hidden = new Set<string>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const other = source === node ? target : source;
    if (!visibility.edges.has(edge)) {
      hidden.add(other);
      return;
    }
    weights.set(other, Math.max(weights.get(other) ?? 0, attributes.weight));
  });
  for (const other of weights.keys()) hidden.delete(other);
  const container = el('div', { className: 'neighbours' });
  if (weights.size === 0) container.append(el('p', { className: 'hint' }, t('panel.noNeighbors')));
  const max = Math.max(1, ...weights.values());
  for (const type of ENTITY_TYPES) {
    const rows = [...weights].filter(([other]) => graph.getNodeAttribute(other, 'type') === type)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
    if (rows.length === 0) continue;
    const list = el('ul', { className: 'neighbour-list' });
    const more = el('button', { className: 'more', attrs: { type: 'button' } });
    const show = (count: number) => {
      for (const [other, weight] of rows.slice(list.childElementCount, count)) list.append(neighbourRow(graph, node, other, weight / max, weight, actions));
      more.hidden = list.childElementCount >= rows.length;
      more.textContent = t('panel.showMore', rows.length - list.childElementCount);
    };
    more.addEventListener('click', () => { show(rows.length); });
    show(ROWS);
    container.append(el('h4', {}, typeBadge(type), ` ${rows.length}`), list, more);
  }
  if (hidden.size > 0) container.append(el('p', { className: 'hint' }, t('panel.hiddenNeighbors', hidden.size)));
  return container;
}

function neighbourRow(graph: YuGraph, node: string, other: string, share: number, weight: number, actions: PanelActions): HTMLElement {
  const bar = el('span', { className: 'bar', attrs: { 'aria-hidden': 'true' } });
  bar.style.setProperty('--share', share.toFixed(3));
  const button = el('button', { className: 'row', attrs: { type: 'button', 'data-node': other } },
    // The whole name on hover (title) and on focus (the row's CSS unwraps it).
    el('span', { className: 'name', attrs: { title: graph.getNodeAttribute(other, 'label') } }, graph.getNodeAttribute(other, 'label')),
    bar,
    el('span', { className: 'weight', attrs: { title: t('panel.weightTitle') } }, weight));
  button.addEventListener('click', () => { actions.selectPair(node, other); });
  return el('li', {}, button);
}

function renderDocuments(graph: YuGraph, node: string): HTMLElement {
  const sentences = graph.getAttribute('sentences');
  const counts = new Map<string, number>();
  for (const id of graph.getNodeAttribute(node, 'sentences')) {
    const doc = sentences[id]?.doc;
    if (doc !== undefined) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  const documents = documentIndex(graph);
  const list = el('ul', { className: 'documents' });
  for (const id of graph.getNodeAttribute(node, 'docs')) {
    const meta = documents.get(id)?.meta;
    list.append(el('li', {},
      el('span', { className: 'doc-title' }, meta ? documentLabel(meta) : id),
      ' ',
      el('span', { className: 'count' }, t('panel.docMentions', counts.get(id) ?? 0))));
  }
  return list;
}

/** Where to begin: the most mentioned entities, one click from their panel. */
function renderStart(graph: YuGraph, actions: PanelActions): HTMLElement {
  const top = graph.mapNodes((node, { mentions }) => ({ node, mentions })).sort((a, b) => b.mentions - a.mentions).slice(0, START_ENTITIES);
  return el('section', { className: 'start' },
    el('p', { className: 'hint' }, t('panel.empty')),
    el('h3', {}, t('panel.top')),
    el('ul', { className: 'suggestions' }, ...top.map(({ node }) => el('li', {},
      nodeButton(graph, node, () => { actions.select(node); }), ' ', typeBadge(graph.getNodeAttribute(node, 'type'))))));
}

function renderMissing(graph: YuGraph, name: string, actions: PanelActions): HTMLElement {
  const section = el('section', { className: 'missing' }, el('p', {}, t('panel.notFound', name)));
  const suggestions = resolve(graph, name, 5);
  if (suggestions.length > 0) {
    section.append(el('p', {}, t('panel.didYouMean')),
      el('ul', { className: 'suggestions' }, ...suggestions.map((suggestion) => el('li', {},
        nodeButton(graph, suggestion.id, () => { actions.select(suggestion.id); }), ' ', typeBadge(suggestion.type)))));
  }
  return section;
}
