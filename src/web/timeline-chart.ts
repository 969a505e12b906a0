/**
 * An entity's mentions per document as a small bar chart in date order (the query core's
 * timeline). Bar heights go through a CSS custom property (CSSOM, which the CSP allows); the
 * documents of the compared sides are marked A and B.
 */
import { GraphFormatError, type YuGraph } from '../core/graph-schema.js';
import { timeline, type TimelinePoint } from '../core/query/timeline.js';
import { el } from './dom.js';

function bar(point: TimelinePoint, highest: number, side: 'a' | 'b' | null): HTMLElement {
  const fill = el('span', { className: 'fill', attrs: { 'aria-hidden': 'true' } });
  fill.style.setProperty('--share', highest === 0 ? '0' : (point.mentions / highest).toFixed(3));
  const title = `${point.title}${point.date ? `（${point.date}）` : ''}: ${point.mentions} · ${point.rate.toFixed(2)} / 10k`;
  return el('li', { className: `timeline-bar${side ? ` side-${side}` : ''}`, attrs: { title, 'data-doc': point.doc, 'data-mentions': String(point.mentions) } },
    el('span', { className: 'count' }, point.mentions),
    el('span', { className: 'column' }, fill),
    el('span', { className: 'date' }, side ? `${side.toUpperCase()} ` : '', point.date ?? '—'));
}

/**
 * The chart for `node`, or null when the graph has no per-document counts (built before them).
 * `sides`, when given, marks the documents of each compared side.
 */
export function timelineChart(graph: YuGraph, node: string, sides: { a: readonly string[]; b: readonly string[] } | null): HTMLElement | null {
  let points: TimelinePoint[];
  try {
    points = timeline(graph, node);
  } catch (error) {
    if (error instanceof GraphFormatError) return null;
    throw error;
  }
  const highest = Math.max(0, ...points.map((point) => point.mentions));
  const sideOf = (doc: string) => (sides?.a.includes(doc) ? 'a' : sides?.b.includes(doc) ? 'b' : null);
  return el('ol', { className: 'timeline-chart' }, ...points.map((point) => bar(point, highest, sideOf(point.doc))));
}
