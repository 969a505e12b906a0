/**
 * Dragging nodes (after sigma's "drag and drop" example): the node follows the pointer by writing
 * its x/y attributes, which sigma picks up by itself; the camera is kept from panning meanwhile.
 */
import type { Renderer } from './renderer.js';

export function enableDrag(renderer: Renderer): void {
  const graph = renderer.getGraph();
  let dragged: string | null = null;

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    // Without a fixed bounding box sigma would re-frame the graph as the node moves past its edge.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });

  renderer.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => { dragged = null; };
  renderer.on('upNode', release);
  renderer.on('upStage', release);
}
