/**
 * The explorer's compare mode: two sides (a document, or every document of a year) compared by
 * the query core's compareDocuments; nodes coloured by status, a legend that counts and filters
 * the statuses, and in the panel the selection's status and its timeline (timeline-chart.ts).
 * It reads and writes only `compare` and `statuses` in the store.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { CHANGE_STATUSES, compareDocuments, type ChangeStatus, type Comparison } from '../core/query/compare.js';
import { documentsByDate } from '../core/query/documents.js';
import { el, swatch } from './dom.js';
import { documentLabel } from './evidence.js';
import { changed, type Store, type ViewState } from './state.js';
import { timelineChart } from './timeline-chart.js';
import type { Visibility } from './visibility.js';
import { decodeList } from './url-codec.js';

/** A side as the URL and the selects write it: a document id, or a year (every document dated in it). */
export interface CompareSelection {
  a: string;
  b: string;
}

/** Okabe–Ito hues, none of them a type colour's twin; steady is grey so that change stands out. */
export const STATUS_COLORS: Record<ChangeStatus, string> = {
  new: 'rgb(0,158,115)', dropped: 'rgb(213,94,0)', rising: 'rgb(0,114,178)', fading: 'rgb(230,159,0)', steady: 'rgb(175,175,180)',
};

const STRINGS = {
  zh: { title: '对比文档', off: '（不对比）', a: '之前 A', b: '之后 B', year: '{0}年全部文档', swap: '交换', new: '新出现', dropped: '消失', rising: '上升', fading: '下降', steady: '持平', status: '{0}：A {1} 次（每万字 {2}）→ B {3} 次（每万字 {4}），G² {5}', timeline: '各文档提及次数（按日期）' },
  en: { title: 'Compare documents', off: '(no comparison)', a: 'Before A', b: 'After B', year: 'all of {0}', swap: 'Swap', new: 'New', dropped: 'Dropped', rising: 'Rising', fading: 'Fading', steady: 'Steady', status: '{0}: A {1} (per 10k chars {2}) → B {3} (per 10k chars {4}), G² {5}', timeline: 'Mentions per document, by date' },
} as const;
type Key = keyof (typeof STRINGS)['zh'];

/** The interface language as i18n.ts last set it on <html>. */
export function ct(key: Key, ...params: (string | number)[]): string {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  return STRINGS[lang][key].replace(/\{(\d)\}/g, (_, index: string) => String(params[Number(index)] ?? ''));
}

/** Document ids a side names: the document, or every document dated in that year; [] if neither. */
export function sideDocs(graph: YuGraph, side: string): string[] {
  const documents = documentsByDate(graph);
  if (documents.some((doc) => doc.id === side)) return [side];
  return /^\d{4}$/.test(side) ? documents.filter((doc) => doc.date?.startsWith(side)).map((doc) => doc.id) : [];
}

/**
 * `?compare=A,B` (an encodeList, so a side may be an id holding a comma) → a selection whose sides
 * name disjoint, non-empty sets of documents, else null.
 */
export function parseCompare(graph: YuGraph, value: string | null): CompareSelection | null {
  const [a, b, ...rest] = decodeList(value ?? '');
  if (a === undefined || b === undefined || rest.length > 0) return null;
  const docsA = sideDocs(graph, a);
  const docsB = sideDocs(graph, b);
  if (docsA.length === 0 || docsB.length === 0 || docsA.some((doc) => docsB.includes(doc))) return null;
  return { a, b };
}

const memo = new WeakMap<YuGraph, Map<string, Comparison>>();

/** The comparison a selection stands for, computed once per graph and selection. */
export function comparisonFor(graph: YuGraph, selection: CompareSelection | null): Comparison | null {
  if (selection === null) return null;
  let cache = memo.get(graph);
  if (!cache) {
    cache = new Map();
    memo.set(graph, cache);
  }
  const key = `${selection.a},${selection.b}`;
  let result = cache.get(key);
  if (!result) {
    result = compareDocuments(graph, sideDocs(graph, selection.a), sideDocs(graph, selection.b));
    cache.set(key, result);
  }
  return result;
}

function statusMap(graph: YuGraph, selection: CompareSelection | null): Map<string, ChangeStatus> | null {
  const comparison = comparisonFor(graph, selection);
  return comparison && new Map(comparison.entities.map((change) => [change.id, change.status]));
}

/** In compare mode, node → status colour (for the reducers); null otherwise. */
export function statusColors(graph: YuGraph, state: Pick<ViewState, 'compare'>): Map<string, string> | null {
  const statuses = statusMap(graph, state.compare);
  return statuses && new Map([...statuses].map(([node, status]) => [node, STATUS_COLORS[status]]));
}

/**
 * In compare mode, only entities mentioned on either side with a ticked status stay visible (the
 * selection always stays), and the edges between them.
 */
export function compareVisibility(graph: YuGraph, visibility: Visibility, state: Pick<ViewState, 'compare' | 'statuses' | 'node' | 'other'>): Visibility {
  const statuses = statusMap(graph, state.compare);
  if (statuses === null) return visibility;
  const keep = (node: string) => {
    const status = statuses.get(node);
    return node === state.node || node === state.other || (status !== undefined && state.statuses.has(status));
  };
  const nodes = new Set([...visibility.nodes].filter(keep));
  const edges = new Set([...visibility.edges].filter((edge) => nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))));
  return { nodes, edges };
}

function sideOptions(graph: YuGraph): { value: string; label: string }[] {
  const documents = documentsByDate(graph);
  const years = [...new Set(documents.map((doc) => doc.date?.slice(0, 4)).filter((year): year is string => year !== undefined && /^\d{4}$/.test(year)))];
  return [
    ...documents.map((doc) => ({ value: doc.id, label: documentLabel(doc) })),
    ...years.filter((year) => sideDocs(graph, year).length > 1).map((year) => ({ value: year, label: ct('year', year) })),
  ];
}

/** The compare controls in `root`: two side selects, then a legend of statuses with counts and filter boxes. */
export function mountCompare(root: HTMLElement, graph: YuGraph, store: Store): void {
  const render = (state: ViewState) => {
    const options = sideOptions(graph);
    const select = (id: string, value: string | undefined) => {
      const box = el('select', { attrs: { id } }, el('option', { attrs: { value: '' } }, ct('off')),
        ...options.map((option) => el('option', { attrs: { value: option.value } }, option.label)));
      box.value = value ?? '';
      box.addEventListener('change', choose);
      return box;
    };
    const a = select('compare-a', state.compare?.a);
    const b = select('compare-b', state.compare?.b);
    function choose(): void {
      store.set({ compare: parseCompare(graph, `${a.value},${b.value}`) });
    }
    const swap = el('button', { className: 'small', attrs: { type: 'button', id: 'compare-swap' }, onClick: () => {
      const current = store.get().compare;
      if (current) store.set({ compare: { a: current.b, b: current.a } });
    } }, ct('swap'));
    root.replaceChildren(
      el('h2', {}, ct('title')),
      el('div', { className: 'control' }, el('label', { attrs: { for: 'compare-a' } }, ct('a')), a),
      el('div', { className: 'control' }, el('label', { attrs: { for: 'compare-b' } }, ct('b')), b, swap),
    );
    const comparison = comparisonFor(graph, state.compare);
    if (!comparison) return;
    const counts = new Map<ChangeStatus, number>(CHANGE_STATUSES.map((status) => [status, 0]));
    for (const change of comparison.entities) counts.set(change.status, (counts.get(change.status) ?? 0) + 1);
    root.append(el('fieldset', { className: 'legend-statuses' }, ...CHANGE_STATUSES.map((status) => {
      const box = el('input', { attrs: { type: 'checkbox', value: status } });
      box.checked = state.statuses.has(status);
      box.addEventListener('change', () => {
        const next = new Set(store.get().statuses);
        if (box.checked) next.add(status);
        else next.delete(status);
        store.set({ statuses: next });
      });
      return el('label', { className: 'legend-row' }, box, swatch(STATUS_COLORS[status]), el('span', { className: 'name' }, ct(status)), el('span', { className: 'count' }, counts.get(status) ?? 0));
    })));
  };
  render(store.get());
  store.subscribe((state, previous) => {
    if (changed(state, previous, ['compare', 'statuses', 'lang'])) render(state);
  });
}

/** The panel's compare parts for a node: its status line in compare mode, and always its timeline. */
export function comparePanel(graph: YuGraph, node: string, state: Pick<ViewState, 'compare'>): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const change = comparisonFor(graph, state.compare)?.entities.find((entry) => entry.id === node);
  if (change) {
    parts.push(el('p', { className: `compare-status status-${change.status}`, attrs: { 'data-status': change.status } },
      swatch(STATUS_COLORS[change.status]), ' ',
      ct('status', ct(change.status), change.a.mentions, change.a.rate.toFixed(2), change.b.mentions, change.b.rate.toFixed(2), change.g2.toFixed(2))));
  }
  const sides = state.compare && { a: sideDocs(graph, state.compare.a), b: sideDocs(graph, state.compare.b) };
  const chart = timelineChart(graph, node, sides);
  if (chart) parts.push(el('h3', {}, ct('timeline')), chart);
  return parts;
}
