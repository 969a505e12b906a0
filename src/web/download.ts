/**
 * "Take it away": the current (filtered) view as GEXF, through the same exporter the CLI uses, and
 * the drawing of the graph that picture.ts frames with a title, legend and sources.
 */
import Sigma from 'sigma';
import { toGexf } from '../core/export/gexf.js';
import type { Comparison } from '../core/query/compare.js';
import { createGraph, type YuGraph } from '../core/graph-schema.js';
import { placeLabels } from './labels.js';
import { frameNodes } from './camera.js';
import type { Renderer } from './renderer.js';
import type { Visibility } from './visibility.js';

/** A graph holding only what is visible, with current positions and only the sentences it cites. */
export function visibleSubgraph(graph: YuGraph, visibility: Visibility): YuGraph {
  const subgraph = createGraph();
  const sentences = graph.getAttribute('sentences');
  const cited: typeof sentences = {};
  const cite = (ids: readonly string[]) => {
    for (const id of ids) {
      const sentence = sentences[id];
      if (sentence) cited[id] = sentence;
    }
  };
  for (const node of visibility.nodes) {
    const attributes = graph.getNodeAttributes(node);
    subgraph.addNode(node, { ...attributes });
    cite(attributes.sentences);
  }
  for (const edge of visibility.edges) {
    const attributes = { ...graph.getEdgeAttributes(edge) };
    const [source, target] = graph.extremities(edge);
    if (graph.isUndirected(edge)) subgraph.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else subgraph.addDirectedEdgeWithKey(edge, source, target, attributes);
    cite(attributes.evidence);
  }
  subgraph.replaceAttributes({ ...graph.getAttributes(), sentences: cited });
  return subgraph;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is released once the browser has read it.
  setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
}

export function downloadGexf(graph: YuGraph, visibility: Visibility, comparison?: Comparison): void {
  saveBlob(new Blob([toGexf(visibleSubgraph(graph, visibility), { comparison })], { type: 'application/xml' }), 'yugraph.gexf');
}

/**
 * Draws the view into a canvas `scale` times the graph area's size. The on-screen WebGL canvases do
 * not keep their pixels after a frame is shown (no preserveDrawingBuffer), so a hidden twin renderer
 * with the same settings, reducers and camera draws one frame and its layers are copied before
 * anything else runs. With `frame`, the twin's camera frames those nodes instead (the whole graph).
 */
export function renderGraphCanvas(renderer: Renderer, scale: number, frame?: Iterable<string>): HTMLCanvasElement {
  const { width, height } = renderer.getDimensions();
  const holder = document.createElement('div');
  holder.className = 'offscreen-render';
  holder.style.width = `${width * scale}px`;
  holder.style.height = `${height * scale}px`;
  document.body.append(holder);
  const twin = new Sigma(renderer.getGraph(), holder, renderer.getSettings());
  placeLabels(twin);
  try {
    twin.setCustomBBox(renderer.getCustomBBox());
    twin.getCamera().setState(renderer.getCamera().getState());
    twin.refresh();
    if (frame) {
      frameNodes(twin, frame, false);
      twin.refresh();
    }
    const pixelRatio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale * pixelRatio;
    canvas.height = height * scale * pixelRatio;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const [id, layer] of Object.entries(twin.getCanvases())) {
      if (id !== 'mouse') context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
    return canvas;
  } finally {
    twin.kill();
    holder.remove();
  }
}
