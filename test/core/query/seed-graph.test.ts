/**
 * The query core on the real seed graph (graph/graph.json, built from seeds/). Assertions are about
 * the queries, cross-checked against graphology and each other, so they hold as the pipeline improves.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/core/graph-schema.js';
import { isConfident, neighbors, path, resolve, search, stats, top } from '../../../src/core/query/index.js';
import { foldText } from '../../../src/core/text.js';
import { RELATION_KINDS } from '../../../src/core/types.js';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../../graph/graph.json', import.meta.url), 'utf8')));
const sentences = graph.getAttribute('sentences');

function names(id: string): string[] {
  const { label, aliases } = graph.getNodeAttributes(id);
  return [label, ...aliases];
}

function resolved(name: string): string {
  const [best] = resolve(graph, name);
  if (!best || !isConfident(best)) throw new Error(`"${name}" did not resolve: ${JSON.stringify(resolve(graph, name))}`);
  return best.id;
}

describe('the entities the issue names', () => {
  it('resolve by label or alias, and 成渝双城经济圈 (never written) to 成渝地区双城经济圈', () => {
    for (const name of ['成渝地区双城经济圈', '双城经济圈', '两江四岸', '西部陆海新通道', '一区两群', '两江新区', '渝中区', '广阳岛']) {
      const [best] = resolve(graph, name);
      expect(best?.matchedBy === 'label' || best?.matchedBy === 'alias', name).toBe(true);
      expect(names(resolved(name))).toContain(name);
    }
    expect(resolved('成渝双城经济圈')).toBe(resolved('成渝地区双城经济圈'));
    expect(resolved('推动成渝地区双城经济圈建设')).toBe(resolved('成渝地区双城经济圈'));
  });

  it('have neighbours whose evidence is the linking edges’ sentences', () => {
    for (const name of ['成渝地区双城经济圈', '两江四岸', '西部陆海新通道', '一区两群', '两江新区', '渝中区', '广阳岛']) {
      const id = resolved(name);
      const result = neighbors(graph, id);
      expect(new Set(result.map((n) => n.id)), name).toEqual(new Set(graph.neighbors(id)));
      for (const [index, neighbor] of result.entries()) {
        if (index > 0) expect(neighbor.weight).toBeLessThanOrEqual(result[index - 1]?.weight ?? Infinity);
        const edges = graph.edges(id, neighbor.id).concat(graph.edges(neighbor.id, id));
        const evidence = new Set(edges.flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence')));
        expect(new Set(neighbor.evidence.map((e) => e.sentence))).toEqual(evidence);
        const kinds = new Set(edges.map((edge) => graph.getEdgeAttribute(edge, 'kind')));
        expect(neighbor.via).toEqual(RELATION_KINDS.filter((kind) => kinds.has(kind)));
        for (const item of neighbor.evidence) expect(item).toEqual({ doc: sentences[item.sentence]?.doc, sentence: item.sentence, text: sentences[item.sentence]?.text });
        expect(neighbor.weight).toBeGreaterThanOrEqual(Math.max(...edges.map((edge) => graph.getEdgeAttribute(edge, 'weight'))));
      }
    }
  });
});

describe('neighbors and path agree', () => {
  const ids = graph.nodes();
  const pick = fc.integer({ min: 0, max: ids.length - 1 }).map((index) => ids[index] ?? '');

  it('depth-2 neighbours hang off depth-1 neighbours', () => {
    const id = resolved('渝中区');
    const result = neighbors(graph, id, { depth: 2 });
    const first = new Set(result.filter((n) => n.depth === 1).map((n) => n.id));
    for (const neighbor of result.filter((n) => n.depth === 2)) {
      expect(first.has(neighbor.id)).toBe(false);
      expect(neighbor.through !== undefined && first.has(neighbor.through)).toBe(true);
      expect(graph.areNeighbors(neighbor.through ?? '', neighbor.id)).toBe(true);
    }
  });

  it('a path has as many hops as the depth at which neighbors first reaches the target', () => {
    fc.assert(fc.property(pick, pick, (a, b) => {
      const found = path(graph, a, b);
      const reached = neighbors(graph, a, { depth: 4 }).find((n) => n.id === b);
      if (a === b) {
        expect(found?.steps).toEqual([]);
        return;
      }
      if (!found) {
        expect(reached).toBeUndefined();
        return;
      }
      expect(found.nodes[0]?.id).toBe(a);
      expect(found.nodes.at(-1)?.id).toBe(b);
      if (reached) expect(found.steps.length).toBe(reached.depth);
      else expect(found.steps.length).toBeGreaterThan(4);
      for (const step of found.steps) expect(graph.areNeighbors(step.from, step.to)).toBe(true);
      expect(found.totalWeight).toBe(found.steps.reduce((sum, step) => sum + step.weight, 0));
    }), { numRuns: 60 });
  });
});

describe('search, stats, top', () => {
  it('search finds only names that contain the text, exact ones first', () => {
    for (const text of ['两江', '重庆', '经济圈', '（重庆）']) {
      const hits = search(graph, text, { limit: 50 });
      expect(hits.length, text).toBeGreaterThan(0);
      for (const hit of hits) expect(names(hit.id).some((name) => foldText(name).includes(foldText(text)))).toBe(true);
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
    expect(search(graph, '重庆市')[0]?.score).toBe(1);
  });

  it('stats add up', () => {
    const summary = stats(graph);
    expect(summary.entities).toBe(graph.order);
    expect(Object.values(summary.byType).reduce((a, b) => a + b, 0)).toBe(graph.order);
    expect(Object.values(summary.byRelation).reduce((a, b) => a + b, 0)).toBe(graph.size);
    expect(summary.isolated).toBe(graph.filterNodes((node) => graph.degree(node) === 0).length);
    expect(summary.sentences).toBe(Object.keys(sentences).length);
    expect(summary.largestComponent).toBeLessThanOrEqual(summary.entities);
    expect(summary.components).toBeGreaterThanOrEqual(summary.isolated);
  });

  it('top lists the most mentioned entities of a type', () => {
    const places = top(graph, 'place', 5);
    expect(places).toHaveLength(5);
    expect(places.every((entry) => entry.type === 'place')).toBe(true);
    const most = Math.max(...graph.filterNodes((_n, a) => a.type === 'place').map((n) => graph.getNodeAttribute(n, 'mentions')));
    expect(places[0]?.mentions).toBe(most);
  });

  it('resolve never throws on arbitrary text against the real graph', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(Array.isArray(resolve(graph, text))).toBe(true);
    }), { numRuns: 100 });
  });
});
