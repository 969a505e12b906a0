import { describe, expect, it } from 'vitest';
import { bestReading } from '../../src/pipeline/scorer/select.js';

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
