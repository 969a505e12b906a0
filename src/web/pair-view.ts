/**
 * The evidence of one pair: how the two are linked (typed relations, co-occurrence strength) and
 * every sentence behind those links, both names marked. Reached by clicking an edge or a neighbour row.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { linksOf } from '../core/query/links.js';
import { el } from './dom.js';
import { evidenceList, termsOf } from './evidence.js';
import { t } from './i18n.js';
import { closeButton, nodeButton, relationLines, type PanelActions } from './panel-parts.js';
import { newPathQuery } from './path-tool.js';

export function renderPair(graph: YuGraph, node: string, other: string, actions: PanelActions): HTMLElement {
  const a = graph.getNodeAttributes(node);
  const b = graph.getNodeAttributes(other);
  const section = el('section', { className: 'pair-view', attrs: { 'aria-label': `${a.label} – ${b.label}` } });
  section.append(
    el('button', { className: 'back', attrs: { type: 'button' }, onClick: () => { actions.select(node); } }, t('panel.back', a.label)),
    el('header', {},
      el('h2', {}, el('mark', { className: 'a' }, a.label), ' ⇄ ', el('mark', { className: 'b' }, b.label)),
      closeButton(actions)),
    el('p', { className: 'meta' }, t('panel.pairTitle'), ' · ', t('panel.open'), ' ',
      nodeButton(graph, node, () => { actions.select(node); }), '、', nodeButton(graph, other, () => { actions.select(other); }), ' ',
      el('button', { className: 'find-path small', attrs: { type: 'button' }, onClick: () => { actions.setPath(newPathQuery(other)); } }, t('path.findTo', b.label))),
  );

  // All edges between the two (a co-occurrence and typed relations alike) and their sentences, from the query core.
  const link = linksOf(graph, node).get(other);
  if (!link) {
    section.append(el('p', { className: 'hint' }, t('panel.noLink')));
    return section;
  }
  const relations = relationLines(graph, node, () => { actions.select(other); }, other);
  if (relations) section.append(relations);
  for (const edge of link.edges) {
    if (edge.kind !== 'cooccurs') continue;
    const { npmi } = graph.getEdgeAttributes(edge.key);
    section.append(el('p', { className: 'strength' }, t('panel.cooccurs', edge.weight), ' · ', t('panel.npmi', npmi.toFixed(2))));
  }
  section.append(
    el('h3', {}, t('panel.evidence'), ` ${link.sentences.length}`),
    evidenceList(graph, link.sentences, [{ terms: termsOf(a), className: 'a' }, { terms: termsOf(b), className: 'b' }]),
  );
  return section;
}
