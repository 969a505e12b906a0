/**
 * The filter controls: neighbourhood depth, minimum co-occurrence weight, documents, isolated
 * nodes and colouring. Controls are built once per language and only synced afterwards, so that a
 * change never steals keyboard focus.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { el } from './dom.js';
import { documentLabel } from './evidence.js';
import { t } from './i18n.js';
import { changed, type ColorBy, type EgoDepth, type Store, type ViewState } from './state.js';

/** The weight slider stops here: past it the few remaining edges are better found by search. */
const MAX_SLIDER_WEIGHT = 30;

export function mountFilters(root: HTMLElement, graph: YuGraph, store: Store): void {
  const documents = graph.getAttribute('documents');
  let maxWeight = 1;
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.kind === 'cooccurs') maxWeight = Math.max(maxWeight, attributes.weight);
  });

  const setDocs = (docs: Set<string>) => { store.set({ docs: docs.size === documents.length ? null : docs }); };

  const render = () => {
    const ego = el('select', { attrs: { id: 'filter-ego' } },
      el('option', { attrs: { value: '0' } }, t('filters.egoOff')),
      el('option', { attrs: { value: '1' } }, t('filters.ego1')),
      el('option', { attrs: { value: '2' } }, t('filters.ego2')));
    ego.addEventListener('change', () => { store.set({ ego: Number(ego.value) as EgoDepth }); });

    const weight = el('input', { attrs: { id: 'filter-weight', type: 'range', min: '1', max: String(Math.min(maxWeight, MAX_SLIDER_WEIGHT)), step: '1' } });
    const weightLabel = el('label', { attrs: { for: 'filter-weight', id: 'filter-weight-label' } });
    weight.addEventListener('input', () => { store.set({ minWeight: Number(weight.value) }); });

    const docList = el('div', { className: 'doc-list' }, ...documents.map((doc) => {
      const box = el('input', { attrs: { type: 'checkbox', value: doc.id } });
      box.addEventListener('change', () => {
        const current = new Set(store.get().docs ?? documents.map((d) => d.id));
        if (box.checked) current.add(doc.id);
        else current.delete(doc.id);
        setDocs(current);
      });
      // One line each, the whole title, issuer and kind on hover: five long titles would push the other controls off screen.
      const details = [documentLabel(doc), doc.issuer, doc.kind].filter(Boolean).join(' · ');
      return el('label', { className: 'doc-row', attrs: { title: details } }, box, el('span', { className: 'doc-name' }, documentLabel(doc)));
    }));
    const docButtons = el('span', { className: 'doc-buttons' },
      el('button', { className: 'small', attrs: { type: 'button' }, onClick: () => { store.set({ docs: null }); } }, t('filters.docsAll')),
      el('button', { className: 'small', attrs: { type: 'button' }, onClick: () => { setDocs(new Set()); } }, t('filters.docsNone')));

    const isolated = el('input', { attrs: { type: 'checkbox', id: 'filter-isolated' } });
    isolated.addEventListener('change', () => { store.set({ hideIsolated: isolated.checked }); });

    const colorBy = el('select', { attrs: { id: 'filter-color' } },
      el('option', { attrs: { value: 'type' } }, t('filters.colorType')),
      el('option', { attrs: { value: 'community' } }, t('filters.colorCommunity')));
    colorBy.addEventListener('change', () => { store.set({ colorBy: colorBy.value as ColorBy }); });

    root.replaceChildren(
      el('div', { className: 'control' }, el('label', { attrs: { for: 'filter-ego' } }, t('filters.ego')), ego),
      el('div', { className: 'control' }, weightLabel, weight),
      el('div', { className: 'control' }, el('label', { attrs: { for: 'filter-isolated' } }, isolated, ' ', t('filters.hideIsolated'))),
      el('div', { className: 'control' }, el('label', { attrs: { for: 'filter-color' } }, t('filters.colorBy')), colorBy),
      el('fieldset', { className: 'control docs' }, el('legend', {}, t('filters.docs'), docButtons), docList),
    );
    sync(store.get());
  };

  const sync = (state: ViewState) => {
    const ego = root.querySelector<HTMLSelectElement>('#filter-ego');
    if (ego) ego.value = String(state.ego);
    const weight = root.querySelector<HTMLInputElement>('#filter-weight');
    if (weight) weight.value = String(state.minWeight);
    const weightLabel = root.querySelector('#filter-weight-label');
    if (weightLabel) weightLabel.textContent = t('filters.minWeight', state.minWeight);
    const isolated = root.querySelector<HTMLInputElement>('#filter-isolated');
    if (isolated) isolated.checked = state.hideIsolated;
    const colorBy = root.querySelector<HTMLSelectElement>('#filter-color');
    if (colorBy) colorBy.value = state.colorBy;
    for (const box of root.querySelectorAll<HTMLInputElement>('.doc-list input')) box.checked = state.docs === null || state.docs.has(box.value);
  };

  render();
  store.subscribe((state, previous) => {
    if (changed(state, previous, ['lang'])) render();
    else sync(state);
  });
}
