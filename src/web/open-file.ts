/**
 * Opening one's own graph without rebuilding the site: a graph.json or a GEXF written by yugraph,
 * from the file picker or dropped anywhere on the page. The file is read and checked completely
 * before anything is replaced, so a bad file leaves the current graph on screen with a message
 * naming the file and the problem.
 */
import { GraphFormatError, parseGraph, type YuGraph } from '../core/graph-schema.js';
import { t } from './i18n.js';

/** GEXF is XML: its first non-blank character is `<`; graph.json starts with `{`. */
function looksLikeXml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

/** Reads `file` into a graph; every failure becomes an Error whose message names the file. */
export async function readGraphFile(file: File): Promise<YuGraph> {
  const text = await file.text();
  try {
    if (looksLikeXml(text) || file.name.toLowerCase().endsWith('.gexf')) {
      // Loaded on demand: the parser is only needed by those who open a GEXF.
      const { readGexf } = await import('./gexf-read.js');
      return readGexf(text, file.name);
    }
    return parseGraph(JSON.parse(text));
  } catch (error) {
    if (error instanceof GraphFormatError || error instanceof SyntaxError) throw new Error(t('error.corrupt', file.name, error.message), { cause: error });
    throw error;
  }
}

/** The "open" button and its hidden file input, and drag-and-drop onto the page. */
export function mountFileOpen(button: HTMLElement, input: HTMLInputElement, open: (file: File) => void, signal: AbortSignal): void {
  button.addEventListener('click', () => { input.click(); }, { signal });
  input.addEventListener('change', () => {
    const [file] = input.files ?? [];
    input.value = '';
    if (file) open(file);
  }, { signal });
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.add('dropping');
  }, { signal });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping');
  }, { signal });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.remove('dropping');
    const [file] = event.dataTransfer?.files ?? [];
    if (file) open(file);
  }, { signal });
}
