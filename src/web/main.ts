/**
 * The explorer's wiring: load the graph, derive the view from the state, and connect each control
 * to the store. One store change → visibility (only if a filter changed) → highlight → refresh.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { comparisonFor, compareVisibility, mountCompare, statusColors } from './compare.js';
import { byId } from './dom.js';
import { downloadGexf, downloadPng } from './download.js';
import { enableDrag } from './drag.js';
import { mountFilters } from './filters.js';
import { applyStaticText, setLang, t } from './i18n.js';
import { mountLayoutControl } from './layout-control.js';
import { mountLegend } from './legend.js';
import { LoadError, loadGraph } from './load.js';
import { renderPanel } from './panel.js';
import type { PanelActions } from './panel-parts.js';
import { computeHighlight, type RenderView } from './reducers.js';
import { createRenderer, focusNode } from './renderer.js';
import { mountSearchBox } from './search-box.js';
import { changed, FILTER_FIELDS, Store, type ViewState } from './state.js';
import { readLang, readUrl, writeUrl } from './url-state.js';
import { computeVisibility } from './visibility.js';

declare global {
  interface Window {
    /** Read by the end-to-end tests and by anyone measuring: milliseconds from navigation to sigma's first frame. */
    yugraph?: { firstFrame: number };
  }
}

function showError(message: string): void {
  document.body.classList.remove('loading');
  byId('error-message', HTMLElement).textContent = message;
  byId('error', HTMLElement).hidden = false;
}

function explore(graph: YuGraph): void {
  const store = new Store(readUrl(location.search, graph));
  const visibleIn = (state: ViewState) => compareVisibility(graph, computeVisibility(graph, state), state);
  let visibility = visibleIn(store.get());
  const viewOf = (state: ViewState): RenderView => ({
    visibility,
    highlight: computeHighlight(graph, visibility, state),
    colorBy: state.colorBy,
    statusColors: statusColors(graph, state),
  });
  let view = viewOf(store.get());

  const container = byId('graph', HTMLElement);
  const renderer = createRenderer(container, graph, () => view);
  // Sigma renders its first frame synchronously inside the constructor, before any listener can attach.
  window.yugraph = { firstFrame: performance.now() };

  const panel = byId('panel', HTMLElement);
  const summary = byId('summary', HTMLElement);
  const actions: PanelActions = {
    select: (node) => {
      store.set({ node, other: null, missing: null });
      focusNode(renderer, node);
    },
    selectPair: (node, other) => { store.set({ node, other, missing: null }); },
    clear: () => { store.set({ node: null, other: null, missing: null }); },
  };
  const showSummary = () => { summary.textContent = t('filters.summary', visibility.nodes.size, visibility.edges.size); };

  // Subscribed before the controls, so that the language is switched before they redraw.
  store.subscribe((state, previous) => {
    if (changed(state, previous, ['lang'])) {
      setLang(state.lang);
      applyStaticText(document);
      layout.relabel();
    }
    if (changed(state, previous, FILTER_FIELDS)) visibility = visibleIn(state);
    view = viewOf(state);
    renderer.refresh();
    renderPanel(panel, graph, state, visibility, actions);
    showSummary();
    writeUrl(state, graph);
  });

  mountLegend(byId('legend', HTMLElement), graph, store);
  mountCompare(byId('compare', HTMLElement), graph, store);
  mountFilters(byId('filters', HTMLElement), graph, store);
  mountSearchBox(byId('search-input', HTMLInputElement), byId('search-list', HTMLElement), graph, actions.select);
  const layout = mountLayoutControl(byId('layout-run', HTMLButtonElement), byId('layout-reset', HTMLButtonElement), graph, renderer);
  enableDrag(renderer);

  byId('download-gexf', HTMLElement).addEventListener('click', () => { downloadGexf(graph, visibility, comparisonFor(graph, store.get().compare) ?? undefined); });
  byId('download-png', HTMLElement).addEventListener('click', () => { void downloadPng(renderer); });
  byId('lang-toggle', HTMLElement).addEventListener('click', () => { store.set({ lang: store.get().lang === 'zh' ? 'en' : 'zh' }); });

  renderer.on('clickNode', ({ node }) => { store.set({ node, other: null, missing: null }); });
  renderer.on('clickEdge', ({ edge }) => {
    const [source, target] = graph.extremities(edge);
    // Keep the selected node first, so "back" returns to it.
    if (store.get().node === target) actions.selectPair(target, source);
    else actions.selectPair(source, target);
  });
  renderer.on('clickStage', actions.clear);
  renderer.on('enterNode', () => { container.classList.add('pointer'); });
  renderer.on('leaveNode', () => { container.classList.remove('pointer'); });
  renderer.on('enterEdge', () => { container.classList.add('pointer'); });
  renderer.on('leaveEdge', () => { container.classList.remove('pointer'); });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) actions.clear();
  });

  const initial = store.get();
  renderPanel(panel, graph, initial, visibility, actions);
  showSummary();
  writeUrl(initial, graph);
  if (initial.node !== null) focusNode(renderer, initial.node);
  document.body.classList.remove('loading');
  document.body.dataset.ready = 'true';
}

async function main(): Promise<void> {
  setLang(readLang(new URLSearchParams(location.search)));
  applyStaticText(document);
  let graph: YuGraph;
  try {
    graph = await loadGraph();
  } catch (error) {
    showError(error instanceof LoadError ? error.message : String(error));
    return;
  }
  try {
    explore(graph);
  } catch (error) {
    // A graph that parses but cannot be drawn (e.g. missing coordinates) still deserves a message.
    showError(t('error.corrupt', 'graph.json', error instanceof Error ? error.message : String(error)));
  }
}

void main();
