import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseGraph } from '../core/graph-schema.js';
import { compareDocuments, documentsByDate, neighbors } from '../core/query/index.js';

export interface QueryFigures {
  neighbors_p50_us: number;
  neighbors_p99_us: number;
  cli_neighbors_ms: number;
  /** compareDocuments of the two earliest documents against the rest (median of 7). */
  compare_ms: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** The query core on the seed graph (every node, several rounds), and the CLI as a fresh process. */
export function benchQueries(graphFile: string, cli: string): QueryFigures {
  const graph = parseGraph(JSON.parse(readFileSync(graphFile, 'utf8')));
  const nodes = graph.nodes();
  for (const node of nodes) neighbors(graph, node); // warm-up: let V8 compile the hot paths first
  const timings: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const node of nodes) {
      const started = performance.now();
      neighbors(graph, node);
      timings.push((performance.now() - started) * 1000);
    }
  }
  timings.sort((a, b) => a - b);

  const walls: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    execFileSync(process.execPath, [cli, 'neighbors', '两江四岸', '--graph', graphFile], { stdio: 'ignore' });
    walls.push(performance.now() - started);
  }
  walls.sort((a, b) => a - b);

  const ids = documentsByDate(graph).map((doc) => doc.id);
  const compares: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    compareDocuments(graph, ids.slice(0, 2), ids.slice(2));
    compares.push(performance.now() - started);
  }
  compares.sort((a, b) => a - b);
  return {
    neighbors_p50_us: Math.round(percentile(timings, 0.5)),
    neighbors_p99_us: Math.round(percentile(timings, 0.99)),
    cli_neighbors_ms: Math.round(percentile(walls, 0.5)),
    compare_ms: Math.round(percentile(compares, 0.5)),
  };
}
