/**
 * The page around the graph: the sidebar as a drawer on narrower screens, and the note the canvas
 * shows when a filter leaves nothing to draw or asks for a selection that is not there.
 */
import type { YuGraph } from '../core/graph-schema.js';
import { t } from './i18n.js';
import type { ViewState } from './state.js';
import type { Visibility } from './visibility.js';

/** The toggle opens and closes the drawer (CSS only makes it one below 1200 px); Esc and a click outside close it. */
export function mountSidebarDrawer(toggle: HTMLButtonElement, sidebar: HTMLElement, signal: AbortSignal): void {
  const set = (open: boolean) => {
    document.body.classList.toggle('sidebar-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => {
    const open = !document.body.classList.contains('sidebar-open');
    set(open);
    if (open) sidebar.querySelector<HTMLElement>('input, select, button')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !document.body.classList.contains('sidebar-open')) return;
    set(false);
    toggle.focus();
  }, { signal });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target;
    if (!(target instanceof Node) || sidebar.contains(target) || toggle.contains(target)) return;
    if (document.body.classList.contains('sidebar-open')) set(false);
  }, { signal });
}

/** Says why the canvas is empty, or why a filter changed nothing; hidden otherwise. */
export function showEmptyState(note: HTMLElement, graph: YuGraph, state: ViewState, visibility: Visibility): void {
  let message: string | null = null;
  if (state.docs !== null && state.docs.size === 0 && graph.order > 0) message = t('empty.noDocs');
  else if (visibility.nodes.size === 0) message = t('empty.nothing');
  else if (state.ego > 0 && state.node === null) message = t('empty.egoNoSelection');
  note.hidden = message === null;
  note.textContent = message ?? '';
}
