/**
 * Reads the built graph for the query commands. Only core's schema is imported here: a query must
 * not load jieba's dictionary or the build pipeline.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphFormatError, parseGraphText, type YuGraph } from '../core/graph-schema.js';
import { EXIT, UserError } from './command.js';

/** The checkout's built graph (two levels above src/cli and lib/cli alike), wherever the command runs. */
export const DEFAULT_GRAPH_PATH = fileURLToPath(new URL('../../graph/graph.json', import.meta.url));

/** The `--graph FILE` option every query command takes. */
export const GRAPH_OPTION = { graph: { type: 'string' } } as const;

/** A path as the user would type it from here. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || fromHere === '' ? path : fromHere;
}

export function loadGraph(file: string = DEFAULT_GRAPH_PATH): YuGraph {
  const path = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'no such file (run `yugraph build` first, or pass --graph FILE)'
      : (error as Error).message;
    throw new UserError(`cannot read graph ${path}: ${why}`, EXIT.inputError);
  }
  try {
    return parseGraphText(text);
  } catch (error) {
    if (!(error instanceof GraphFormatError)) throw error;
    const what = error.message.startsWith('not valid JSON') ? 'is' : 'is not a yugraph graph:';
    throw new UserError(`graph ${path} ${what} ${error.message}`, EXIT.inputError);
  }
}
