/**
 * The explorer without a mouse: the graph canvas takes focus and pans, zooms and selects with keys,
 * and focus survives the panel's redraws (a redraw replaces every element in it).
 */
import type { Renderer } from './renderer.js';

/** Share of the visible width or height one arrow key press moves the view. */
const PAN_STEP = 0.15;

/**
 * Arrow keys pan, + and − zoom, 0 fits, Enter selects the shown node nearest the centre of the view.
 * `isShown` says which nodes may be selected (the filtered view).
 */
export function mountGraphKeys(container: HTMLElement, renderer: Renderer, actions: { fit: () => void; select: (node: string) => void; isShown: (node: string) => boolean }): void {
  const camera = renderer.getCamera();
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { x, y, ratio } = camera.getState();
    const step = PAN_STEP * ratio;
    const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = pan[event.key];
    if (move) {
      void camera.animate({ x: x + move[0], y: y + move[1] }, { duration: 120 });
    } else if (event.key === '+' || event.key === '=') {
      void camera.animatedZoom({ duration: 200 });
    } else if (event.key === '-' || event.key === '_') {
      void camera.animatedUnzoom({ duration: 200 });
    } else if (event.key === '0') {
      actions.fit();
    } else if (event.key === 'Enter') {
      const node = nearestToCentre(renderer, actions.isShown);
      if (node !== null) actions.select(node);
    } else {
      return;
    }
    event.preventDefault();
  });
}

function nearestToCentre(renderer: Renderer, isShown: (node: string) => boolean): string | null {
  const { width, height } = renderer.getDimensions();
  let best: string | null = null;
  let bestDistance = Infinity;
  renderer.getGraph().forEachNode((node) => {
    if (!isShown(node)) return;
    const data = renderer.getNodeDisplayData(node);
    if (!data) return;
    const at = renderer.framedGraphToViewport(data);
    const distance = Math.hypot(at.x - width / 2, at.y - height / 2);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = node;
    }
  });
  return best;
}

/**
 * Redraws `panel` and puts focus back: on the new heading when the selection changed (unless the
 * graph canvas has focus, where the user is moving around), else on the control of the same id,
 * else on the heading if focus was in the panel and would otherwise fall to <body>.
 */
export function redrawKeepingFocus(panel: HTMLElement, redraw: () => void, selectionChanged: boolean): void {
  const active = document.activeElement;
  const wasInPanel = active instanceof HTMLElement && panel.contains(active);
  const id = wasInPanel ? active.id : '';
  redraw();
  const now = document.activeElement;
  if (selectionChanged) {
    if (now instanceof HTMLElement && now.id === 'graph') return;
    focusHeading(panel);
    return;
  }
  if (!wasInPanel || (now !== null && now !== document.body)) return;
  const same = id === '' ? null : document.getElementById(id);
  if (same && panel.contains(same)) same.focus();
  else focusHeading(panel);
}

function focusHeading(panel: HTMLElement): void {
  const heading = panel.querySelector('h2') ?? panel;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
