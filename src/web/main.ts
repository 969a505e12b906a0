/**
 * The explorer's wiring: load the graph, derive the view from the state, and connect each control
 * to the store. One store change → visibility (only if a filter changed) → highlight → refresh →
 * camera (when what is shown changed) → panel (keeping focus) → address bar (history.ts).
 */
import type { YuGraph } from '../core/graph-schema.js';
import { frameNodes, followZoom, mountZoomButtons } from './camera.js';
import { comparisonFor, compareVisibility, mountCompare, statusColors } from './compare.js';
import { byId } from './dom.js';
import { downloadGexf } from './download.js';
import { enableDrag } from './drag.js';
import { mountFilters } from './filters.js';
import { mountHistory } from './history.js';
import { applyStaticText, setLang, t } from './i18n.js';
import { mountGraphKeys, redrawKeepingFocus } from './keyboard.js';
import { mountLayoutControl } from './layout-control.js';
import { drawnLabels } from './labels.js';
import { mountLegend } from './legend.js';
import { LoadError, loadGraph } from './load.js';
import { renderPanel } from './panel.js';
import type { PanelActions } from './panel-parts.js';
import { findPaths, pathHighlight } from './path-tool.js';
import { downloadPicture, downloadSvg, type PictureSize } from './picture.js';
import { computeHighlight, type Highlight, type RenderView } from './reducers.js';
import { createRenderer } from './renderer.js';
import { mountSearchBox } from './search-box.js';
import { changed, DEFAULT_STATE, FILTER_FIELDS, Store, type ViewState } from './state.js';
import { readLang, readUrl } from './url-state.js';
import { computeVisibility } from './visibility.js';
import { mountSidebarDrawer, showEmptyState } from './layout-states.js';
import { mountFileOpen, readGraphFile } from './open-file.js';

declare global {
  interface Window {
    /**
     * Read by the end-to-end tests and by anyone measuring: milliseconds from navigation to sigma's
     * first frame, where the shown nodes are on screen (CSS pixels inside the graph canvas), and
     * which labels the last frame drew.
     */
    yugraph?: { firstFrame: number; shownPositions: () => { node: string; x: number; y: number; radius: number }[]; labels: () => string[] };
  }
}

/** Nodes plus edges up to which hovering fades everything but the hovered node's neighbourhood. */
const HOVER_FADE_MAX_ITEMS = 30_000;

const DEFAULT_TYPE_COUNT = DEFAULT_STATE.types.size;

/** Moving these reframes the camera on what stays shown (a minimum-weight slider would make it jitter). */
const FRAMING_FIELDS = ['node', 'other', 'types', 'docs', 'ego', 'path', 'hideIsolated'] as const;

/** A new selection, pair or path target: the panel's heading takes focus. */
function selectionChanged(state: ViewState, previous: ViewState): boolean {
  return changed(state, previous, ['node', 'other', 'missing']) || (state.path?.to ?? null) !== (previous.path?.to ?? null)
    || (state.path === null) !== (previous.path === null);
}

/** The page's error box; `closable` for a problem that leaves a graph on screen (a bad file opened). */
function showError(message: string, closable = false): void {
  document.body.classList.remove('loading');
  const box = byId('error', HTMLElement);
  byId('error-message', HTMLElement).textContent = message;
  const close = byId('error-close', HTMLElement);
  close.hidden = !closable;
  close.onclick = () => { box.hidden = true; };
  box.querySelector('h2')?.replaceChildren(closable ? t('open.failed') : t('error.title'));
  box.hidden = false;
}

/**
 * Explores `graph` until `signal` aborts: every listener outside the page's body (which is replaced
 * before another graph is explored) goes through it. Returns the renderer's kill switch.
 */
function explore(graph: YuGraph, signal: AbortSignal, openFile: (file: File) => void): () => void {
  const store = new Store(readUrl(location.search, graph));
  const visibleIn = (state: ViewState) => compareVisibility(graph, computeVisibility(graph, state), state);
  let visibility = visibleIn(store.get());
  /** A hovered node shows its own neighbourhood, as in Gephi Lite and Retina, until the pointer leaves it. */
  let hovered: string | null = null;
  let edgeScale = 1;
  const highlightOf = (state: ViewState): Highlight | null => {
    if (hovered !== null && visibility.nodes.has(hovered)) return computeHighlight(graph, visibility, { node: hovered, other: null });
    const found = findPaths(graph, state.node, state.path);
    if (found && state.node !== null && state.path?.to) return pathHighlight(state.node, state.path.to, found);
    return computeHighlight(graph, visibility, state);
  };
  const viewOf = (state: ViewState): RenderView => ({
    visibility,
    highlight: highlightOf(state),
    colorBy: state.colorBy,
    edgeScale,
    statusColors: statusColors(graph, state),
  });
  let view = viewOf(store.get());

  const container = byId('graph', HTMLElement);
  const renderer = createRenderer(container, graph, () => view);
  // Sigma renders its first frame synchronously inside the constructor, before any listener can attach.
  const firstFrame = performance.now();
  window.yugraph = {
    firstFrame,
    shownPositions: () => [...visibility.nodes].flatMap((node) => {
      const data = renderer.getNodeDisplayData(node);
      return data ? [{ node, ...renderer.framedGraphToViewport(data), radius: renderer.scaleSize(data.size) }] : [];
    }),
    labels: () => drawnLabels(renderer),
  };
  followZoom(renderer, (scale) => {
    edgeScale = scale;
    view = viewOf(store.get());
  });
  /** Frames the highlighted nodes (a selection and its neighbours, a path), else everything shown. */
  const frame = (animate = true) => { frameNodes(renderer, view.highlight?.nodes ?? visibility.nodes, animate); };
  const redraw = () => {
    view = viewOf(store.get());
    renderer.refresh();
  };

  const panel = byId('panel', HTMLElement);
  const summary = byId('summary', HTMLElement);
  const emptyNote = byId('graph-empty', HTMLElement);
  const actions: PanelActions = {
    select: (node) => { store.set({ node, other: null, missing: null, path: null }); },
    selectPair: (node, other) => { store.set({ node, other, missing: null, path: null }); },
    clear: () => { store.set({ node: null, other: null, missing: null, path: null }); },
    setPath: (path) => { store.set({ path, other: null }); },
  };
  const showSummary = (state: ViewState) => {
    summary.textContent = t('filters.summary', visibility.nodes.size, visibility.edges.size);
    showEmptyState(emptyNote, graph, state, visibility);
  };
  const search = mountSearchBox(byId('search-input', HTMLInputElement), byId('search-list', HTMLElement), graph, actions.select);

  // Subscribed before the controls, so that the language is switched before they redraw.
  store.subscribe((state, previous) => {
    if (changed(state, previous, ['lang'])) {
      setLang(state.lang);
      applyStaticText(document);
      layout.relabel();
    }
    if (changed(state, previous, FILTER_FIELDS)) visibility = visibleIn(state);
    redraw();
    if (changed(state, previous, FRAMING_FIELDS) && (state.node !== null || changed(state, previous, ['types', 'docs', 'ego', 'hideIsolated']))) frame();
    redrawKeepingFocus(panel, () => { renderPanel(panel, graph, state, visibility, actions); }, selectionChanged(state, previous));
    if (changed(state, previous, ['node'])) search.show(state.node === null ? null : graph.getNodeAttribute(state.node, 'label'));
    showSummary(state);
  });
  mountHistory(store, graph, signal);

  mountLegend(byId('legend', HTMLElement), graph, store);
  mountCompare(byId('compare', HTMLElement), graph, store);
  mountFilters(byId('filters', HTMLElement), graph, store);
  const layout = mountLayoutControl(byId('layout-run', HTMLButtonElement), byId('layout-reset', HTMLButtonElement), graph, renderer, () => {
    frameNodes(renderer, visibility.nodes);
  });
  mountZoomButtons(renderer, { zoomIn: byId('zoom-in', HTMLElement), zoomOut: byId('zoom-out', HTMLElement), fit: byId('zoom-fit', HTMLElement) }, () => {
    frameNodes(renderer, visibility.nodes);
  });
  mountGraphKeys(container, renderer, { fit: () => { frameNodes(renderer, visibility.nodes); }, select: actions.select, isShown: (node) => visibility.nodes.has(node) });
  mountSidebarDrawer(byId('sidebar-toggle', HTMLButtonElement), byId('sidebar', HTMLElement), signal);
  mountFileOpen(byId('open-file', HTMLElement), byId('open-file-input', HTMLInputElement), openFile, signal);
  enableDrag(renderer);

  byId('download-gexf', HTMLElement).addEventListener('click', () => { downloadGexf(graph, visibility, comparisonFor(graph, store.get().compare) ?? undefined); });
  const pictureSize = byId('png-size', HTMLSelectElement);
  byId('download-png', HTMLElement).addEventListener('click', () => {
    void downloadPicture(renderer, graph, store.get(), visibility, pictureSize.value as PictureSize);
  });
  byId('download-svg', HTMLElement).addEventListener('click', () => { downloadSvg(renderer, graph, store.get(), visibility); });
  byId('lang-toggle', HTMLElement).addEventListener('click', () => { store.set({ lang: store.get().lang === 'zh' ? 'en' : 'zh' }); });

  renderer.on('clickNode', ({ node }) => {
    const { node: selected, path } = store.get();
    // While the path tool waits for its other end, a click on the canvas chooses it.
    if (selected !== null && path !== null && path.to === null && node !== selected) actions.setPath({ ...path, to: node });
    else actions.select(node);
  });
  // Faded edges are background: only the highlighted ones (or all, with nothing selected) answer the pointer.
  const clickable = (edge: string) => view.highlight === null || view.highlight.edges.has(edge);
  renderer.on('clickEdge', ({ edge }) => {
    if (!clickable(edge)) return;
    const [source, target] = graph.extremities(edge);
    // Keep the selected node first, so "back" returns to it.
    if (store.get().node === target) actions.selectPair(target, source);
    else actions.selectPair(source, target);
  });
  renderer.on('clickStage', actions.clear);
  // Fading the rest re-runs every reducer: on very large graphs the hover card alone has to do.
  const fadeOnHover = graph.order + graph.size <= HOVER_FADE_MAX_ITEMS;
  // Scheduled: a leave and the next enter within one frame cost one redraw, drawn with sigma's hover layer.
  const redrawHover = () => {
    view = viewOf(store.get());
    renderer.refresh({ schedule: true });
  };
  renderer.on('enterNode', ({ node }) => {
    container.classList.add('pointer');
    if (!fadeOnHover) return;
    hovered = node;
    redrawHover();
  });
  renderer.on('leaveNode', () => {
    container.classList.remove('pointer');
    if (hovered === null) return;
    hovered = null;
    redrawHover();
  });
  renderer.on('enterEdge', ({ edge }) => { if (clickable(edge)) container.classList.add('pointer'); });
  renderer.on('leaveEdge', () => { container.classList.remove('pointer'); });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement) && !document.body.classList.contains('sidebar-open')) actions.clear();
  }, { signal });

  const initial = store.get();
  renderPanel(panel, graph, initial, visibility, actions);
  showSummary(initial);
  if (initial.node !== null) search.show(graph.getNodeAttribute(initial.node, 'label'));
  if (initial.node !== null || initial.ego > 0 || initial.docs !== null || initial.types.size < DEFAULT_TYPE_COUNT) frame(false);
  document.body.classList.remove('loading');
  document.body.dataset.ready = 'true';
  return () => { renderer.kill(); };
}

async function main(): Promise<void> {
  // The untouched page, to start again from when another graph is opened.
  const pristine = document.body.cloneNode(true);
  setLang(readLang(new URLSearchParams(location.search)));
  applyStaticText(document);
  let graph: YuGraph;
  try {
    graph = await loadGraph();
  } catch (error) {
    showError(error instanceof LoadError ? error.message : String(error));
    return;
  }
  let stop: (() => void) | null = null;
  const start = (next: YuGraph) => {
    const controller = new AbortController();
    const kill = explore(next, controller.signal, (file) => { void openFile(file); });
    stop = () => {
      controller.abort();
      kill();
    };
  };
  const openFile = async (file: File) => {
    let next: YuGraph;
    try {
      next = await readGraphFile(file);
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error), true);
      return;
    }
    stop?.();
    document.body.replaceWith(pristine.cloneNode(true));
    // The old selection and filters named the old graph's entities and documents; the language stays.
    const lang = readLang(new URLSearchParams(location.search));
    history.pushState(null, '', `${location.pathname}${lang === DEFAULT_STATE.lang ? '' : `?lang=${lang}`}`);
    applyStaticText(document);
    start(next);
  };
  try {
    start(graph);
  } catch (error) {
    // A graph that parses but cannot be drawn (e.g. missing coordinates) still deserves a message.
    showError(t('error.corrupt', 'graph.json', error instanceof Error ? error.message : String(error)));
  }
}

void main();
