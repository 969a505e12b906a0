/**
 * The address bar and the browser's Back and Forward buttons. A new selection, pair or path is a
 * new history entry; filter and colour changes only rewrite the current one, so Back walks through
 * what was looked at rather than every slider step. Going back restores the state the URL holds.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { changed, HISTORY_FIELDS, type Store, type ViewState } from './state.js';
import { readUrl, toSearch } from './url-state.js';

/** Listens to popstate until `signal` aborts (another graph opened). */
export function mountHistory(store: Store, graph: YuGraph, signal: AbortSignal): void {
  let restoring = false;
  const write = (state: ViewState, push: boolean) => {
    const search = toSearch(state, graph);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  store.subscribe((state, previous) => {
    if (!restoring) write(state, changed(state, previous, HISTORY_FIELDS));
  });
  window.addEventListener('popstate', () => {
    restoring = true;
    try {
      store.set(readUrl(location.search, graph));
    } finally {
      restoring = false;
    }
  }, { signal });
  // The first state may differ from what was typed (an alias becomes the label): no new entry for that.
  write(store.get(), false);
}
