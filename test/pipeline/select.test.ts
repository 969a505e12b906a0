import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../src/core/types.js';
import type { ScorerModel } from '../../src/pipeline/scorer/model.js';
import { selectMentions } from '../../src/pipeline/scorer/score.js';
import { bestReading } from '../../src/pipeline/scorer/select.js';
import { loadTools } from './segmenter.js';

/** The best reading of a sentence's scored candidates (weighted interval scheduling). */
describe('bestReading', () => {
  /** The chosen spans, `start-end`, of candidates given as [start, end, probability]. */
  const reading = (threshold: number, ...items: [number, number, number][]): string[] =>
    bestReading(items.map(([start, end, probability]) => ({ start, end, probability })), threshold).map(({ start, end }) => `${start}-${end}`);

  it('keeps one long sure name over the sure names it is made of, at any threshold (a tie up to rounding)', () => {
    // As 重庆市 + 万州区发展和改革委员会 against 重庆市万州区发展和改革委员会: here 4 + 8 characters against 12.
    // A name earlier in the sentence changes the sums' rounding, so the tie breaks either way without care.
    for (const threshold of [0.4, 0.425, 0.45]) {
      for (const [earlier, probability] of [[3, 0.5], [4, 0.63], [2, 0.88]] as const) {
        expect(reading(threshold, [0, earlier, probability], [10, 14, 1], [10, 22, 1], [14, 22, 1])).toEqual([`0-${earlier}`, '10-22']);
      }
    }
  });

  it('lets a sure name inside beat a long span it doubts, and never takes an item at or below the threshold', () => {
    expect(reading(0.4, [0, 8, 0.5], [1, 8, 0.99], [9, 12, 0.4])).toEqual(['1-8']);
  });

  it('takes a long name it believes over the two shorter names inside it', () => {
    expect(reading(0.4, [0, 9, 0.9], [0, 4, 0.8], [4, 9, 0.8])).toEqual(['0-9']);
  });
});

/** The scorer's last step on candidates whose scores are given: which names a sentence keeps, nested or not. */
describe('selectMentions', () => {
  let tools: ReturnType<typeof loadTools>;
  beforeAll(() => {
    tools = loadTools();
  });
  // No weights: a candidate's probability is σ(its local score), with no corpus feature added.
  const model: ScorerModel = { bias: 0, weights: {}, threshold: 0.425 };
  /** The kept mentions of `text`, `surface/type`, from candidates given as [surface, type, local log-odds]. */
  const kept = (text: string, ...items: [string, EntityType, number][]): string[] => {
    const analysis = tools.analyze(text);
    const candidates = items.map(([surface, type, local]) => {
      const start = text.indexOf(surface);
      const mention: Mention = { sentence: analysis.sentence.id, start, end: start + surface.length, surface, type, source: 'pattern' };
      return { mention, key: surface, local, certain: false };
    });
    return selectMentions([{ analysis, candidates }], model)[0]?.mentions.map((found) => `${found.surface}/${found.type}`) ?? [];
  };

  it('keeps an accepted plan named after a surer slogan, with the slogan nested in it', () => {
    // σ(4) × 8 characters outweighs σ(1) × 12, so the reading alone would drop the plan.
    expect(kept('深入实施生态优先绿色发展行动计划。', ['生态优先绿色发展', 'slogan', 4], ['生态优先绿色发展行动计划', 'program', 1])).toEqual([
      '生态优先绿色发展行动计划/program',
      '生态优先绿色发展/slogan',
    ]);
  });

  it('keeps no longer project around a surer name that opens it, nor a span below the threshold', () => {
    expect(kept('建设生态优先绿色发展示范园。', ['生态优先绿色发展', 'slogan', 4], ['生态优先绿色发展示范园', 'project', 1])).toEqual(['生态优先绿色发展/slogan']);
    expect(kept('深入实施生态优先绿色发展行动计划。', ['生态优先绿色发展', 'slogan', 4], ['生态优先绿色发展行动计划', 'program', -1])).toEqual(['生态优先绿色发展/slogan']);
  });
});
