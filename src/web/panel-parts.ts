/**
 * Pieces the node view and the pair view of the panel both use.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { TYPE_COLORS } from '../core/palette.js';
import type { EntityType } from '../core/types.js';
import { el, swatch } from './dom.js';
import { relationPhrase, t, typeName } from './i18n.js';

export interface PanelActions {
  select: (node: string) => void;
  selectPair: (node: string, other: string) => void;
  clear: () => void;
}

export function typeBadge(type: EntityType): HTMLElement {
  return el('span', { className: 'type-badge' }, swatch(TYPE_COLORS[type]), typeName(type));
}

export function nodeButton(graph: YuGraph, node: string, onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'link', attrs: { type: 'button' }, onClick }, graph.getNodeAttribute(node, 'label'));
}

export function closeButton(actions: PanelActions): HTMLButtonElement {
  return el('button', { className: 'close', attrs: { type: 'button', 'aria-label': t('panel.close'), title: t('panel.close') }, onClick: () => { actions.clear(); } }, '×');
}

/** One line per typed relation touching `node`, read from its side ("A part of B", "A has parts B"). */
export function relationLines(graph: YuGraph, node: string, onClick: (other: string) => void, only?: string): HTMLElement | null {
  const items: HTMLElement[] = [];
  graph.forEachDirectedEdge(node, (_edge, attributes, source, target) => {
    // Typed relations are the directed edges; the guard also narrows the kind for the phrase lookup.
    if (attributes.kind === 'cooccurs') return;
    const other = source === node ? target : source;
    if (only !== undefined && other !== only) return;
    items.push(el('li', {},
      el('span', { className: 'relation-phrase' }, relationPhrase(attributes.kind, source === node)),
      ' ',
      nodeButton(graph, other, () => { onClick(other); })));
  });
  return items.length === 0 ? null : el('ul', { className: 'relations' }, ...items);
}
