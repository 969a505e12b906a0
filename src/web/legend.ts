/**
 * The legend: what each colour means, how many of each there are, and a checkbox per entity type
 * and relation kind that filters the view. It only writes `types` / `relations` to the store.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { RELATION_COLORS, TYPE_COLORS } from '../core/palette.js';
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../core/types.js';
import { el, swatch } from './dom.js';
import { relationName, t, typeName } from './i18n.js';
import { COMMUNITY_COUNT, communityColor } from './reducers.js';
import { changed, type Store, type ViewState } from './state.js';

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

function row(color: string, swatchClass: string, name: string, count: number, onChange: (on: boolean) => void, value: string): HTMLLabelElement {
  const box = el('input', { attrs: { type: 'checkbox', value } });
  box.addEventListener('change', () => { onChange(box.checked); });
  return el('label', { className: 'legend-row' }, box, swatch(color, swatchClass), el('span', { className: 'name' }, name), el('span', { className: 'count' }, count));
}

/**
 * In community colouring: each coloured community named after its most mentioned member, so that
 * "the orange group" becomes "the group around 成渝地区双城经济圈".
 */
function communityLegend(graph: YuGraph): HTMLElement {
  const groups = new Map<number, { size: number; top: string; mentions: number }>();
  graph.forEachNode((_node, { community, label, mentions }) => {
    const group = groups.get(community) ?? { size: 0, top: label, mentions: -1 };
    group.size++;
    if (mentions > group.mentions) Object.assign(group, { top: label, mentions });
    groups.set(community, group);
  });
  const rows = [...groups].filter(([community]) => community < COMMUNITY_COUNT).sort((a, b) => a[0] - b[0])
    .map(([community, group]) => el('div', { className: 'legend-row' }, swatch(communityColor(community)), el('span', { className: 'name' }, group.top), el('span', { className: 'count' }, group.size)));
  return el('div', { className: 'legend-communities' }, el('p', { className: 'note' }, t('legend.communityNote')), ...rows);
}

export function mountLegend(root: HTMLElement, graph: YuGraph, store: Store): void {
  const typeCounts = new Map(ENTITY_TYPES.map((type) => [type, 0]));
  graph.forEachNode((_node, attributes) => { typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1); });
  const kindCounts = new Map(RELATION_KINDS.map((kind) => [kind, 0]));
  graph.forEachEdge((_edge, attributes) => { kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1); });

  // Ticking a box only updates the boxes, so keyboard focus stays where it is.
  const sync = (state: ViewState) => {
    for (const box of root.querySelectorAll<HTMLInputElement>('.legend-types input')) box.checked = state.types.has(box.value as EntityType);
    for (const box of root.querySelectorAll<HTMLInputElement>('.legend-relations input')) box.checked = state.relations.has(box.value as RelationKind);
  };

  const render = (state: ViewState) => {
    // Coloured by community, the type rows lose their colour: a colour must mean one thing.
    const byCommunity = state.colorBy === 'community';
    const types = el('fieldset', { className: 'legend-types' }, el('legend', {}, t('legend.types')),
      ...ENTITY_TYPES.map((type) => row(TYPE_COLORS[type], byCommunity ? 'swatch hollow' : 'swatch', typeName(type), typeCounts.get(type) ?? 0,
        (on) => { store.set({ types: toggled(store.get().types, type, on) }); }, type)));
    const relations = el('fieldset', { className: 'legend-relations' }, el('legend', {}, t('legend.relations')),
      ...RELATION_KINDS.filter((kind) => (kindCounts.get(kind) ?? 0) > 0).map((kind) => row(RELATION_COLORS[kind], 'swatch line', relationName(kind),
        kindCounts.get(kind) ?? 0, (on) => { store.set({ relations: toggled(store.get().relations, kind, on) }); }, kind)));
    root.replaceChildren(types, relations);
    if (byCommunity) root.prepend(communityLegend(graph));
    sync(state);
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (changed(state, previous, ['colorBy', 'lang'])) render(state);
    else if (changed(state, previous, ['types', 'relations'])) sync(state);
  });
}
