/**
 * Sigma's setup: CJK-legible labels, reducers fed by the current view (camera moves are in camera.ts).
 */
import Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, YuGraph } from '../core/graph-schema.js';
import { drawHover, placeLabels, queueLabel } from './labels.js';
import { createReducers, type RenderView } from './reducers.js';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Canvas text picks the first installed family: CJK fonts first, or Han characters fall back to whatever the OS has. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif';

export function createRenderer(container: HTMLElement, graph: YuGraph, getView: () => RenderView): Renderer {
  const { nodeReducer, edgeReducer } = createReducers(getView);
  const renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'line',
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    // The grid only proposes candidates; labels.ts drops the ones that would overlap.
    labelGridCellSize: 100,
    labelDensity: 1.5,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: queueLabel,
    defaultDrawNodeHover: drawHover,
    stagePadding: 40,
    // A container without width (a collapsed column, a window shrinking) must not throw: sigma redraws once it has room.
    allowInvalidContainer: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
  });
  placeLabels(renderer);
  releaseHoverOnLeave(renderer);
  return renderer;
}

/**
 * sigma 3.0.3 emits leaveNode when the pointer leaves the stage but keeps drawing the node as
 * hovered (jacomyal/sigma.js#1327), so its card stayed on screen and coming back onto the same node
 * fired nothing. A move to a point far off the stage makes sigma let go through its own code path.
 */
function releaseHoverOnLeave(renderer: Renderer): void {
  const captor = renderer.getMouseCaptor();
  renderer.on('leaveStage', ({ event }) => {
    captor.emit('mousemove', { ...event, x: -1e6, y: -1e6 });
  });
}
