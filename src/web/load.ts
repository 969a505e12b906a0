/**
 * Fetches and validates the graph file. Every way it can fail becomes a LoadError whose message
 * the page shows, so a missing or corrupt file never leaves a blank canvas.
 */
import { GraphFormatError, parseGraphText, type YuGraph } from '../core/graph-schema.js';
import { t } from './i18n.js';

/** Next to the page, so the built site works from any folder of any static server. */
export const GRAPH_FILE = 'graph.json';

export class LoadError extends Error {
  override name = 'LoadError';
}

export async function loadGraph(url = new URL(GRAPH_FILE, document.baseURI)): Promise<YuGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadError(t('error.network', GRAPH_FILE, (error as Error).message));
  }
  // A dev server answers an unknown path with the page itself (200, text/html): that is a missing file too.
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new LoadError(t('error.missing', GRAPH_FILE));
  }
  if (!response.ok) throw new LoadError(t('error.network', GRAPH_FILE, `HTTP ${response.status}`));
  // The same parser as the CLI's: the same files are refused with the same message.
  try {
    return parseGraphText(await response.text());
  } catch (error) {
    if (error instanceof GraphFormatError) throw new LoadError(t('error.corrupt', GRAPH_FILE, error.message));
    throw error;
  }
}
