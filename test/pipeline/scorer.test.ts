/**
 * The scorer's reading probabilities: whether a name ends at a character is the group's question,
 * where it starts the argmax's. Checked on the arithmetic and on a sentence where two left edges
 * are both plausible.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/pipeline/mentions/index.js';
import { readingProbabilities } from '../../src/pipeline/scorer/model.js';
import { loadTools } from './segmenter.js';

describe('reading probabilities', () => {
  it('gives the most probable candidate of a group the group’s total, and the others their own share', () => {
    // Two equal left edges at logit 0.5: each holds e^0.5 / (1 + 2e^0.5) ≈ 0.384 of the mass.
    const share = Math.exp(0.5) / (1 + 2 * Math.exp(0.5));
    const [first = 0, second = 0] = readingProbabilities([0.5, 0.5]);
    expect(first).toBeCloseTo(2 * share, 10);
    expect(second).toBeCloseTo(share, 10);
    // The one most probable candidate gets the total whatever its place in the group.
    const probabilities = readingProbabilities([-2, 1, 0]);
    const total = [-2, 1, 0].reduce((sum, score) => sum + Math.exp(score), 0) / (1 + [-2, 1, 0].reduce((sum, score) => sum + Math.exp(score), 0));
    expect(probabilities[1]).toBeCloseTo(total, 10);
    expect(probabilities[0]).toBeLessThan(probabilities[2] ?? 0);
    expect(readingProbabilities([])).toEqual([]);
  });

  let tools: ReturnType<typeof loadTools>;
  beforeAll(() => {
    tools = loadTools();
  });

  it('accepts a name whose left edge two readings dispute (吉安建设… or …示范区 alone)', () => {
    const text = '支持吉安建设革命老区高质量发展示范区。';
    const [sentence] = extractMentions([{ id: 't#0', doc: 't', index: 0, text, cleanStart: 0, start: 0, end: text.length }], tools.lexicon, tools.segmenter);
    expect(sentence?.mentions.map((found) => `${found.surface}/${found.type}`)).toContain('革命老区高质量发展示范区/program');
  });
});
