/**
 * The camera follows the question: it frames what a filter, a selection or a path leaves on
 * screen, and the zoom buttons and keys move it. Edge widths are held steady as the camera zooms in
 * (sigma scales every item size by 1/√ratio), so that links stay lines instead of swelling into bands.
 */
import type { Renderer } from './renderer.js';

/** A single node or a tight group is not zoomed in further than this. */
const CLOSEST_RATIO = 0.12;
/** Room left around the framed nodes' centres, in pixels, for their discs and labels. */
const MARGIN = 64;
const DURATION = 500;

/**
 * Moves the camera so that every node of `nodes` is inside the viewport (with a margin), as close
 * as that allows. Nodes sigma does not draw are ignored; nothing happens for an empty set.
 */
export function frameNodes(renderer: Renderer, nodes: Iterable<string>, animate = true): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return;
  const { width, height } = renderer.getDimensions();
  if (width === 0 || height === 0) return;
  const center = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // The box's size on screen at ratio 1 with the camera on its centre; pixels scale with 1/ratio.
  const unit = { ...center, ratio: 1, angle: 0 };
  const a = renderer.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = renderer.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const ratio = Math.max(CLOSEST_RATIO,
    Math.abs(b.x - a.x) / Math.max(1, width - 2 * MARGIN),
    Math.abs(b.y - a.y) / Math.max(1, height - 2 * MARGIN));
  const target = { ...center, ratio };
  if (animate) void renderer.getCamera().animate(target, { duration: DURATION });
  else renderer.getCamera().setState(target);
}

/** The factor edge sizes are multiplied by so that zooming in does not widen them on screen. */
export function edgeScale(renderer: Renderer): number {
  return Math.min(1, Math.sqrt(renderer.getCamera().ratio));
}

/**
 * Re-runs the reducers when the edge scale moves by more than a few percent: every frame of a zoom
 * would be wasteful, and differences smaller than that are invisible.
 */
export function followZoom(renderer: Renderer, onScale: (scale: number) => void): void {
  let last = edgeScale(renderer);
  onScale(last);
  renderer.getCamera().on('updated', () => {
    const scale = edgeScale(renderer);
    if (Math.abs(scale - last) / last < 0.08) return;
    last = scale;
    onScale(scale);
    renderer.refresh();
  });
}

/** Zoom in, zoom out and fit buttons. */
export function mountZoomButtons(renderer: Renderer, buttons: { zoomIn: HTMLElement; zoomOut: HTMLElement; fit: HTMLElement }, fit: () => void): void {
  const camera = renderer.getCamera();
  buttons.zoomIn.addEventListener('click', () => { void camera.animatedZoom({ duration: 250 }); });
  buttons.zoomOut.addEventListener('click', () => { void camera.animatedUnzoom({ duration: 250 }); });
  buttons.fit.addEventListener('click', fit);
}
