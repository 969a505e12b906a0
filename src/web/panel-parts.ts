/**
 * Pieces the node view and the pair view of the panel both use.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { TYPE_COLORS } from '../core/palette.js';
import type { EntityType } from '../core/types.js';
import { el, swatch } from './dom.js';
import { relationPhrase, t, typeName } from './i18n.js';
import type { PathQuery } from './path-tool.js';

export interface PanelActions {
  select: (node: string) => void;
  selectPair: (node: string, other: string) => void;
  clear: () => void;
  /** Opens, changes or (null) closes the path tool for the selected node. */
  setPath: (query: PathQuery | null) => void;
}

/** Stated relations shown per kind before a "show more" button: a hub such as 重庆市 has dozens. */
const RELATION_ROWS = 4;

export function typeBadge(type: EntityType): HTMLElement {
  return el('span', { className: 'type-badge' }, swatch(TYPE_COLORS[type]), typeName(type));
}

export function nodeButton(graph: YuGraph, node: string, onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'link', attrs: { type: 'button' }, onClick }, graph.getNodeAttribute(node, 'label'));
}

export function closeButton(actions: PanelActions): HTMLButtonElement {
  return el('button', { className: 'close', attrs: { type: 'button', 'aria-label': t('panel.close'), title: t('panel.close') }, onClick: () => { actions.clear(); } }, '×');
}

/**
 * The typed relations touching `node`, read from its side ("A part of B", "A has parts B"), one
 * line per phrase listing the entities, the first RELATION_ROWS of each and a button for the rest.
 */
export function relationLines(graph: YuGraph, node: string, onClick: (other: string) => void, only?: string): HTMLElement | null {
  const groups = new Map<string, string[]>();
  graph.forEachDirectedEdge(node, (_edge, attributes, source, target) => {
    // Typed relations are the directed edges; the guard also narrows the kind for the phrase lookup.
    if (attributes.kind === 'cooccurs') return;
    const other = source === node ? target : source;
    if (only !== undefined && other !== only) return;
    const phrase = relationPhrase(attributes.kind, source === node);
    groups.set(phrase, [...(groups.get(phrase) ?? []), other]);
  });
  if (groups.size === 0) return null;
  const items = [...groups].map(([phrase, others]) => {
    const names = el('span', { className: 'relation-others' });
    const more = el('button', { className: 'more small', attrs: { type: 'button' } });
    const show = (count: number) => {
      names.replaceChildren();
      others.slice(0, count).forEach((other, index) => { names.append(index > 0 ? '、' : '', nodeButton(graph, other, () => { onClick(other); })); });
      more.hidden = count >= others.length;
      more.textContent = t('panel.showMore', others.length - count);
    };
    more.addEventListener('click', () => { show(others.length); });
    show(RELATION_ROWS);
    return el('li', {}, el('span', { className: 'relation-phrase' }, phrase, others.length > 1 ? ` (${others.length})` : ''), ' ', names, ' ', more);
  });
  return el('ul', { className: 'relations' }, ...items);
}
