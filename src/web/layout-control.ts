/**
 * Run/stop ForceAtlas2 in a web worker (graphology's supervisor writes positions back into the
 * graph, sigma redraws on its own) and reset the camera to what is shown. The worker is only spawned on first run.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker.js';
import type { YuGraph } from '../core/graph-schema.js';
import { t } from './i18n.js';
import type { Renderer } from './renderer.js';

export interface LayoutControl {
  /** Re-reads the button texts after a language change. */
  relabel(): void;
}

/** `reset` frames what is shown (camera.ts); the reset button calls it. */
export function mountLayoutControl(runButton: HTMLButtonElement, resetButton: HTMLButtonElement, graph: YuGraph, renderer: Renderer, reset: () => void): LayoutControl {
  let layout: FA2Layout | null = null;

  const relabel = () => {
    const running = layout?.isRunning() ?? false;
    runButton.textContent = running ? t('layout.stop') : t('layout.run');
    runButton.setAttribute('aria-pressed', String(running));
  };

  runButton.addEventListener('click', () => {
    layout ??= new FA2Layout(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, slowDown: 10 },
      getEdgeWeight: 'weight',
    });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    relabel();
  });
  resetButton.addEventListener('click', reset);
  renderer.on('kill', () => { layout?.kill(); });
  relabel();
  return { relabel };
}
