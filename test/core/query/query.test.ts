import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isConfident, neighbors, path, paths, resolve, search, stats, suggest, top, UnknownEntityError } from '../../../src/core/query/index.js';
import { node, smallGraph } from './small-graph.js';

const graph = smallGraph();

describe('resolve', () => {
  it('prefers the exact label', () => {
    const [best] = resolve(graph, '两江四岸');
    expect(best).toMatchObject({ id: '两江四岸', matchedBy: 'label', score: 1 });
    expect(best && isConfident(best)).toBe(true);
  });

  it('finds an entity by an exact alias', () => {
    expect(resolve(graph, '双城经济圈')[0]).toMatchObject({ id: '成渝地区双城经济圈', matchedBy: 'alias', matchedText: '双城经济圈' });
  });

  it('normalizes width, quotes and the verbs and nouns that wrap names in prose', () => {
    expect(resolve(graph, '推动成渝地区双城经济圈建设')[0]).toMatchObject({ id: '成渝地区双城经济圈', matchedBy: 'normalized' });
    expect(resolve(graph, '"两点"定位')[0]).toMatchObject({ id: '“两点”定位', matchedBy: 'normalized' });
    expect(resolve(graph, '两点定位')[0]).toMatchObject({ id: '“两点”定位', matchedBy: 'normalized' });
    expect(resolve(graph, '  重庆市 ')[0]).toMatchObject({ id: '重庆', matchedBy: 'alias' });
  });

  it('resolves an abbreviation nobody wrote confidently', () => {
    const [best, second] = resolve(graph, '成渝双城经济圈');
    expect(best).toMatchObject({ id: '成渝地区双城经济圈', matchedBy: 'fuzzy' });
    expect(best && isConfident(best)).toBe(true);
    expect(second === undefined || !isConfident(second)).toBe(true);
  });

  it('only suggests for a typo, ranking the near-miss above a short name it contains', () => {
    const withShort = smallGraph();
    withShort.addNode('两江', node('两江', 'place', 2));
    const suggestions = resolve(withShort, '两江四案');
    expect(suggestions.map((suggestion) => suggestion.id).slice(0, 2)).toEqual(['两江四岸', '两江']);
    expect(suggestions.every((suggestion) => !isConfident(suggestion))).toBe(true);
  });

  it('is not confident when another entity matches a fuzzy query almost as well', () => {
    // Alone, 陆海新通道 is the usual short form of 西部陆海新通道…
    const [alone] = resolve(graph, '陆海新通道');
    expect(alone).toMatchObject({ id: '西部陆海新通道', matchedBy: 'fuzzy' });
    expect(alone && isConfident(alone)).toBe(true);
    // …but not when another name abbreviates to it just as well.
    const withRival = smallGraph();
    withRival.addNode('南向陆海新通道', node('南向陆海新通道', 'program', 2));
    const suggestions = resolve(withRival, '陆海新通道');
    expect(suggestions.map((suggestion) => suggestion.id).slice(0, 2).sort()).toEqual(['南向陆海新通道', '西部陆海新通道']);
    expect(suggestions.some(isConfident)).toBe(false);
  });

  it('drops bracketed qualifiers of official names', () => {
    const withCity = smallGraph();
    withCity.addNode('西部（重庆）科学城', node('西部（重庆）科学城', 'project', 5));
    expect(resolve(withCity, '西部科学城')[0]).toMatchObject({ id: '西部（重庆）科学城', matchedBy: 'normalized' });
    expect(resolve(withCity, '西部[重庆]科学城')[0]).toMatchObject({ id: '西部（重庆）科学城', matchedBy: 'normalized' });
  });

  it('does not take a name that merely contains the query for a different kind of thing', () => {
    // 重庆市渝中区 sits inside 中共重庆市渝中区委 (a committee, head 委), but means the district 渝中区.
    const withCommittee = smallGraph();
    withCommittee.addNode('中共重庆市渝中区委', node('中共重庆市渝中区委', 'organization', 3));
    const suggestions = resolve(withCommittee, '重庆市渝中区');
    expect(suggestions.map((suggestion) => suggestion.id)).toContain('渝中区');
    expect(suggestions.some(isConfident)).toBe(false);
  });

  it('returns nothing for unrelated or empty input and respects the limit', () => {
    expect(resolve(graph, '完全无关的东西')).toEqual([]);
    expect(resolve(graph, '   ')).toEqual([]);
    expect(resolve(graph, '重庆两江', 1)).toHaveLength(1);
    expect(resolve(graph, '重庆两江', 0)).toEqual([]);
  });

  it('never throws on arbitrary Unicode, and ranks best first', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyCodeUnit, maxLength: 80 }), fc.constantFrom('成渝', '两江四岸建设', '重庆\u0000'));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 10 }), (name, limit) => {
      const suggestions = resolve(graph, name, limit);
      expect(suggestions.length).toBeLessThanOrEqual(limit);
      for (const [index, suggestion] of suggestions.entries()) {
        expect(graph.hasNode(suggestion.id)).toBe(true);
        if (index > 0) expect(suggestion.score).toBeLessThanOrEqual(suggestions[index - 1]?.score ?? 1);
      }
    }), { numRuns: 300 });
  });
});

describe('search', () => {
  it('ranks exact over prefix over substring, then by mentions', () => {
    expect(search(graph, '重庆').map((hit) => hit.id)).toEqual(['重庆']);
    expect(search(graph, '两江').map((hit) => [hit.id, hit.score])).toEqual([['两江四岸', 0.75], ['两江新区', 0.75]]);
    expect(search(graph, '区').map((hit) => hit.id)).toEqual(['成渝地区双城经济圈', '渝中区', '两江新区']);
  });

  it('matches aliases and folded text, and filters by type', () => {
    expect(search(graph, '双城')[0]).toMatchObject({ id: '成渝地区双城经济圈', matchedBy: 'alias', matchedText: '双城经济圈', score: 0.75 });
    expect(search(graph, '经济圈')[0]).toMatchObject({ id: '成渝地区双城经济圈', matchedBy: 'label', score: 0.5 });
    expect(search(graph, '重庆市')[0]).toMatchObject({ id: '重庆', matchedBy: 'alias', matchedText: '重庆市', score: 1 });
    expect(search(graph, '"两点"')[0]?.id).toBe('“两点”定位');
    expect(search(graph, '两江', { types: ['place'] }).map((hit) => hit.id)).toEqual(['两江新区']);
    expect(search(graph, '两江', { limit: 1 })).toHaveLength(1);
    expect(search(graph, '')).toEqual([]);
  });
});

describe('neighbors', () => {
  it('lists linked entities by weight, merging a co-occurrence and a typed relation on one pair', () => {
    const result = neighbors(graph, '渝中区');
    expect(result.map((n) => [n.id, n.weight, n.via])).toEqual([
      ['两江四岸', 2, ['cooccurs']],
      ['重庆', 1, ['cooccurs', 'located_in']],
    ]);
    expect(result[1]?.edges.find((e) => e.kind === 'located_in')).toMatchObject({ source: '渝中区', target: '重庆' });
    expect(result[0]?.evidence).toEqual([
      { doc: 'doc_a', sentence: 'doc_a#4', text: '推进两江四岸治理提升，渝中区率先示范。' },
      { doc: 'doc_a', sentence: 'doc_a#5', text: '渝中区抓好两江四岸核心区建设。' },
    ]);
    expect(result.every((n) => n.depth === 1 && n.through === undefined)).toBe(true);
  });

  it('skips sentence ids the graph does not record, and keeps evidence in document order', () => {
    const [chengyu] = neighbors(graph, '重庆', { types: ['program'] });
    expect(chengyu?.weight).toBe(5);
    expect(chengyu?.evidence.map((e) => e.sentence)).toEqual(['doc_a#1', 'doc_a#10']);
  });

  it('filters by relation, weight and type and honours the limit', () => {
    expect(neighbors(graph, '重庆', { relations: ['part_of', 'located_in'] }).map((n) => n.id)).toEqual(['两江新区', '渝中区']);
    expect(neighbors(graph, '重庆', { minWeight: 2 }).map((n) => n.id)).toEqual(['成渝地区双城经济圈', '两江新区']);
    expect(neighbors(graph, '重庆', { types: ['place'] }).map((n) => n.id)).toEqual(['两江新区', '广阳岛', '渝中区']);
    expect(neighbors(graph, '重庆', { limit: 1 }).map((n) => n.id)).toEqual(['成渝地区双城经济圈']);
  });

  it('reaches depth 2 through the strongest hop and reports that hop’s evidence', () => {
    const result = neighbors(graph, '渝中区', { depth: 2 });
    const byId = new Map(result.map((n) => [n.id, n]));
    expect(byId.get('成渝地区双城经济圈')).toMatchObject({ depth: 2, through: '重庆', weight: 5 });
    // 广阳岛 is one hop from both 两江四岸 and 重庆 with weight 1: the earlier label wins.
    expect(byId.get('广阳岛')).toMatchObject({ depth: 2, through: '两江四岸', weight: 1 });
    expect(byId.get('广阳岛')?.evidence.map((e) => e.text)).toEqual(['两江四岸延伸至广阳岛。']);
    expect(byId.has('渝中区')).toBe(false);
    expect(byId.has('西部陆海新通道')).toBe(false);
    expect(neighbors(graph, '渝中区', { depth: 3 }).find((n) => n.id === '西部陆海新通道')).toMatchObject({ depth: 3, through: '成渝地区双城经济圈' });
  });

  it('rejects unknown entities and bad depths', () => {
    expect(() => neighbors(graph, '不存在')).toThrow(UnknownEntityError);
    expect(() => neighbors(graph, '重庆', { depth: 0 })).toThrow(RangeError);
    expect(neighbors(graph, '孤岛')).toEqual([]);
  });
});

describe('path', () => {
  it('takes the fewest hops, then the most evidence', () => {
    const result = path(graph, '两江四岸', '西部陆海新通道');
    // Two 4-hop paths: via 渝中区 (2+1+5+3) beats via 广阳岛 (1+1+5+3).
    expect(result?.nodes.map((n) => n.id)).toEqual(['两江四岸', '渝中区', '重庆', '成渝地区双城经济圈', '西部陆海新通道']);
    expect(result?.totalWeight).toBe(11);
    expect(result?.steps.map((step) => [step.from, step.to, step.weight])).toEqual([
      ['两江四岸', '渝中区', 2], ['渝中区', '重庆', 1], ['重庆', '成渝地区双城经济圈', 5], ['成渝地区双城经济圈', '西部陆海新通道', 3],
    ]);
    expect(result?.steps[1]?.via).toEqual(['cooccurs', 'located_in']);
    expect(result?.steps[0]?.evidence[0]?.text).toBe('推进两江四岸治理提升，渝中区率先示范。');
  });

  it('follows typed relations against their direction', () => {
    expect(path(graph, '重庆', '两江新区')?.steps[0]).toMatchObject({ from: '重庆', to: '两江新区', via: ['part_of'] });
  });

  it('is null without a path and trivial from an entity to itself', () => {
    expect(path(graph, '孤岛', '重庆')).toBeNull();
    expect(path(graph, '重庆', '重庆')).toEqual({ nodes: [{ id: '重庆', label: '重庆', type: 'place' }], steps: [], totalWeight: 0 });
    expect(() => path(graph, '重庆', '不存在')).toThrow(UnknownEntityError);
  });

  it('follows only the allowed relation kinds and weights', () => {
    // 渝中区 reaches 重庆 by co-occurrence and located_in; typed relations alone stop at 渝中区's other links.
    expect(path(graph, '渝中区', '重庆', { relations: ['located_in'] })?.steps[0]?.via).toEqual(['located_in']);
    expect(path(graph, '两江四岸', '重庆', { relations: ['located_in'] })).toBeNull();
    // With at least two sentences per edge the one-sentence link through 广阳岛 is closed, and so is 渝中区–重庆.
    expect(path(graph, '两江四岸', '广阳岛', { minWeight: 2 })).toBeNull();
    expect(path(graph, '重庆', '西部陆海新通道', { minWeight: 2 })?.nodes.map((n) => n.id)).toEqual(['重庆', '成渝地区双城经济圈', '西部陆海新通道']);
  });
});

describe('paths (k shortest)', () => {
  it('lists the shortest first, then longer simple paths, each once', () => {
    const found = paths(graph, '两江四岸', '西部陆海新通道', 5);
    expect(found[0]).toEqual(path(graph, '两江四岸', '西部陆海新通道'));
    expect(found.map((result) => result.nodes.map((n) => n.id).join('>'))).toEqual([
      '两江四岸>渝中区>重庆>成渝地区双城经济圈>西部陆海新通道',
      '两江四岸>广阳岛>重庆>成渝地区双城经济圈>西部陆海新通道',
    ]);
    for (const result of found) expect(new Set(result.nodes.map((n) => n.id)).size).toBe(result.nodes.length);
  });

  it('is empty without a path or for k < 1', () => {
    expect(paths(graph, '孤岛', '重庆', 3)).toEqual([]);
    expect(paths(graph, '重庆', '渝中区', 0)).toEqual([]);
  });
});

describe('suggest', () => {
  it('offers the names contained in what was typed after the substring hits', () => {
    const withCommittee = smallGraph();
    withCommittee.addNode('中共重庆市渝中区委', node('中共重庆市渝中区委', 'organization', 3));
    const ids = suggest(withCommittee, '重庆市渝中区').map((suggestion) => suggestion.id);
    expect(ids[0]).toBe('中共重庆市渝中区委');
    expect(ids).toEqual(expect.arrayContaining(['渝中区', '重庆']));
  });

  it('puts an exact alias first and lists each entity once', () => {
    const found = suggest(graph, '重庆市');
    expect(found[0]).toMatchObject({ id: '重庆', matchedBy: 'alias' });
    expect(new Set(found.map((suggestion) => suggestion.id)).size).toBe(found.length);
  });
});

describe('stats and top', () => {
  it('counts what the graph holds', () => {
    const summary = stats(graph);
    expect(summary).toMatchObject({
      name: 'small',
      entities: 9,
      edges: 8,
      byType: { place: 5, program: 2, project: 1, slogan: 1, organization: 0 },
      byRelation: { cooccurs: 6, expands_to: 0, instance_of: 0, part_of: 1, located_in: 1 },
      documents: 1,
      sentences: 12,
      linkedPairs: 7,
      components: 3,
      largestComponent: 7,
      isolated: 2,
    });
    expect(summary.density).toBeCloseTo(7 / 36);
    expect(summary.averageDegree).toBeCloseTo(14 / 9);
  });

  it('lists the most mentioned entities, per type on request', () => {
    expect(top(graph, undefined, 3).map((entry) => entry.id)).toEqual(['重庆', '成渝地区双城经济圈', '渝中区']);
    expect(top(graph, 'program', 5)).toEqual([
      { id: '成渝地区双城经济圈', label: '成渝地区双城经济圈', type: 'program', mentions: 20, documents: 1, degree: 2 },
      { id: '西部陆海新通道', label: '西部陆海新通道', type: 'program', mentions: 9, documents: 1, degree: 1 },
    ]);
  });
});
