/**
 * The comparison and the timeline on the real seed graph, and the keyness measure on tables
 * worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/core/graph-schema.js';
import { compareDocuments, CHANGE_STATUSES, documentsBefore, documentsFrom, findDocument, timeline, UnknownDocumentError } from '../../../src/core/query/index.js';
import { G2_CRITICAL_05, logLikelihood } from '../../../src/core/query/keyness.js';

const seed = (file: string) => new URL(`../../../seeds/${file}`, import.meta.url);
const graph = parseGraph(JSON.parse(readFileSync(new URL('../../../graph/graph.json', import.meta.url), 'utf8')));
const REPORT_2020 = '002_2628194e4fe465e0';
const REPORT_2021 = '004_2fd9c68ee52552db';

describe('log-likelihood G²', () => {
  it('matches two tables computed by hand', () => {
    // 10 of 1,000 against 20 of 1,000: E₁ = E₂ = 1000·30/2000 = 15,
    // G² = 2(10 ln(10/15) + 20 ln(20/15)) = 2(−4.054651 + 5.753641) = 3.397981.
    expect(logLikelihood(10, 20, 1000, 1000)).toBeCloseTo(3.397981, 5);
    // 0 of 3,000 against 8 of 1,000: E₂ = 1000·8/4000 = 2, the zero cell adds nothing,
    // G² = 2 · 8 ln(8/2) = 16 · 1.386294 = 22.180710.
    expect(logLikelihood(0, 8, 3000, 1000)).toBeCloseTo(22.18071, 4);
  });

  it('is symmetric, zero for equal rates, and refuses impossible tables', () => {
    expect(logLikelihood(20, 10, 1000, 1000)).toBeCloseTo(logLikelihood(10, 20, 1000, 1000), 10);
    expect(logLikelihood(4, 2, 2000, 1000)).toBeCloseTo(0, 12);
    expect(logLikelihood(0, 0, 10, 10)).toBe(0);
    expect(() => logLikelihood(-1, 2, 10, 10)).toThrow(RangeError);
    expect(() => logLikelihood(11, 2, 10, 10)).toThrow(RangeError);
  });
});

/** Length as the graph defines it: code points that are not whitespace, counted here independently. */
function nonWhitespaceLength(file: string): number {
  return Array.from(readFileSync(seed(file), 'utf8')).filter((char) => !/\s/u.test(char)).length;
}

describe('compareDocuments on the 2020 and 2021 work reports', () => {
  const result = compareDocuments(graph, [REPORT_2020], [REPORT_2021]);
  const byId = new Map(result.entities.map((change) => [change.id, change]));

  it('gives each side its length in characters, without the newspaper line breaks', () => {
    expect(result.a.chars).toBe(nonWhitespaceLength(`${REPORT_2020}.txt`));
    expect(result.b.chars).toBe(nonWhitespaceLength(`${REPORT_2021}.txt`));
    expect(result.lengthRatio).toBeCloseTo(result.a.chars / result.b.chars, 10);
  });

  it('counts three entities as a reader counts them in the two texts', () => {
    // Counted by hand: each place the text writes the name, after joining the words 004's
    // newspaper columns break across lines; a name inside a longer name counts (“一带一路”科技交流大会
    // names 一带一路). These three have one written form and survive any extractor.
    const handCounts: [string, number, number][] = [
      ['一带一路', 5, 5],
      ['习近平新时代中国特色社会主义思想', 5, 2],
      ['中欧班列', 2, 1], // 中欧班列（重庆）twice in 2020, 中欧班列（成渝）号 once in 2021
    ];
    for (const [label, before, after] of handCounts) {
      const change = byId.get(label);
      expect(change, label).toBeDefined();
      expect([change?.a.mentions, change?.b.mentions], label).toEqual([before, after]);
      expect(change?.a.rate, label).toBeCloseTo((before * 10_000) / result.a.chars, 10);
      expect(change?.b.rate, label).toBeCloseTo((after * 10_000) / result.b.chars, 10);
      expect(change?.g2, label).toBeCloseTo(logLikelihood(before, after, result.a.chars, result.b.chars), 10);
    }
  });

  it('decides rising and fading by rate and significance, not raw counts', () => {
    const statuses = new Set(result.entities.map((change) => change.status));
    for (const status of ['new', 'dropped', 'steady'] as const) expect(statuses.has(status), status).toBe(true);
    let shorterButDenser = 0;
    for (const change of result.entities) {
      const { a, b, status, g2 } = change;
      if (status === 'new') expect(a.mentions).toBe(0);
      if (status === 'dropped') expect(b.mentions).toBe(0);
      if (status === 'rising') expect(b.rate > a.rate && g2 >= G2_CRITICAL_05).toBe(true);
      if (status === 'fading') expect(b.rate < a.rate && g2 >= G2_CRITICAL_05).toBe(true);
      if (status === 'steady') expect(a.mentions > 0 && b.mentions > 0 && g2 < G2_CRITICAL_05).toBe(true);
      if (a.mentions >= b.mentions && b.rate > a.rate && b.mentions > 0) {
        shorterButDenser++;
        expect(status, change.label).not.toBe('fading');
      }
    }
    // The 2021 page is shorter: some entities named as often or less often are still denser in it.
    expect(shorterButDenser).toBeGreaterThan(0);
  });

  it('groups by status, most significant first', () => {
    const rank = result.entities.map((change) => CHANGE_STATUSES.indexOf(change.status));
    expect(rank).toEqual([...rank].sort((x, y) => x - y));
    for (let i = 1; i < result.entities.length; i++) {
      const [prev, next] = [result.entities[i - 1], result.entities[i]];
      if (prev && next && prev.status === next.status) expect(prev.g2).toBeGreaterThanOrEqual(next.g2);
    }
  });

  it('quotes the first sentence in B of a new entity and the last in A of a dropped one', () => {
    for (const change of result.entities) {
      if (change.status !== 'new' && change.status !== 'dropped') {
        expect(change.evidence).toBeNull();
        continue;
      }
      const doc = change.status === 'new' ? REPORT_2021 : REPORT_2020;
      const own = graph.getNodeAttribute(change.id, 'sentences').filter((id) => id.startsWith(`${doc}#`));
      expect(change.evidence?.sentence, change.label).toBe(change.status === 'new' ? own[0] : own[own.length - 1]);
      expect(change.evidence?.text).toBe(graph.getAttribute('sentences')[change.evidence?.sentence ?? '']?.text);
    }
  });

  it('lists links whose sentences are all on one side, with those sentences', () => {
    const records = graph.getAttribute('sentences');
    expect(result.links.new.length).toBeGreaterThan(0);
    expect(result.links.dropped.length).toBeGreaterThan(0);
    for (const [list, here, there] of [[result.links.new, REPORT_2021, REPORT_2020], [result.links.dropped, REPORT_2020, REPORT_2021]] as const) {
      for (const link of list) {
        expect(link.evidence.length).toBe(link.weight);
        expect(link.evidence.every((item) => item.doc === here)).toBe(true);
        const cited = graph.edges(link.source, link.target).concat(graph.edges(link.target, link.source))
          .flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence'));
        expect(cited.some((id) => records[id]?.doc === there)).toBe(false);
        const both = (id: string) => graph.getNodeAttribute(id, 'docs').includes(there);
        expect(link.between).toBe(both(link.source) && both(link.target));
      }
    }
    // A link drawn between two entities both named before is listed first.
    expect(result.links.new[0]?.between).toBe(true);
  });

  it('refuses overlapping and empty sides', () => {
    expect(() => compareDocuments(graph, [REPORT_2020], [REPORT_2020])).toThrow(/both sides/);
    expect(() => compareDocuments(graph, [], [REPORT_2021])).toThrow(/no documents/);
    expect(() => compareDocuments(graph, ['nope'], [REPORT_2021])).toThrow(/nope/);
  });
});

describe('documents and the timeline', () => {
  it('finds a document by id, file name or unique prefix, and lists the known ones otherwise', () => {
    expect(findDocument(graph, REPORT_2020).id).toBe(REPORT_2020);
    expect(findDocument(graph, `${REPORT_2021}.txt`).id).toBe(REPORT_2021);
    expect(findDocument(graph, '004').id).toBe(REPORT_2021);
    expect(() => findDocument(graph, '00')).toThrow(UnknownDocumentError);
    try {
      findDocument(graph, 'missing');
    } catch (error) {
      expect((error as UnknownDocumentError).known.map((doc) => doc.id).sort()).toEqual(graph.getAttribute('documents').map((doc) => doc.id).sort());
    }
  });

  it('splits dated documents at a date, comparing on the part both dates give', () => {
    const dated = graph.getAttribute('documents').filter((doc) => doc.date !== undefined);
    const before = documentsBefore(graph, '2021').map((doc) => doc.id);
    const after = documentsFrom(graph, '2021').map((doc) => doc.id);
    expect([...before, ...after].sort()).toEqual(dated.map((doc) => doc.id).sort());
    for (const doc of dated) expect(before.includes(doc.id)).toBe((doc.date ?? '').slice(0, 4) < '2021');
  });

  it('gives an entity’s mentions in every document, in date order, summing to its mentions', () => {
    graph.forEachNode((id, attributes) => {
      const points = timeline(graph, id);
      expect(points.length).toBe(graph.getAttribute('documents').length);
      expect(points.reduce((sum, point) => sum + point.mentions, 0)).toBe(attributes.mentions);
      expect(points.filter((point) => point.mentions > 0).map((point) => point.doc).sort()).toEqual(attributes.docs);
    });
    const dates = timeline(graph, '一带一路').map((point) => point.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
