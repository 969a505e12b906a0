/**
 * Reads the built graph for the query commands. Only core's schema is imported here: a query must
 * not load jieba's dictionary or the build pipeline.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphFormatError, parseGraph, type YuGraph } from '../core/graph-schema.js';
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`graph ${path} is not valid JSON: ${(error as Error).message}`, EXIT.inputError);
  }
  try {
    return parseGraph(data);
  } catch (error) {
    if (error instanceof GraphFormatError) throw new UserError(`graph ${path} is not a yugraph graph: ${error.message}`, EXIT.inputError);
    throw error;
  }
}
