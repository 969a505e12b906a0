/**
 * One best reading of a sentence: the set of non-overlapping accepted candidates with the largest
 * total gain, by weighted interval scheduling (sort by end, dynamic programming over "take it or
 * leave it"). A candidate's gain is (p − threshold) × its length in characters, so a long name the
 * scorer believes beats the two shorter names inside it (成渝地区双城经济圈 over 成渝地区 + 双城经济圈),
 * while a long span it doubts loses to the sure name inside it (受区人民政府 → 区人民政府).
 */

export interface Scored {
  start: number;
  end: number;
  probability: number;
}

/** Gains closer than this are equal: sums of products of the same factors differ in their last bits. */
const TIE = 1e-9;

/** The chosen items, in text order; items at or below `threshold` are never chosen. Ties keep the earlier, longer item. */
export function bestReading<T extends Scored>(items: readonly T[], threshold: number): T[] {
  const accepted = items
    .filter((item) => item.probability > threshold && item.end > item.start)
    .sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const best = new Float64Array(accepted.length + 1);
  const took = new Uint8Array(accepted.length);
  const previous = new Int32Array(accepted.length);
  for (let index = 0; index < accepted.length; index++) {
    const item = accepted[index] as T;
    // The last item that ends before this one starts (binary search over ends).
    let low = 0;
    let high = index;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((accepted[middle] as T).end <= item.start) low = middle + 1;
      else high = middle;
    }
    previous[index] = low;
    const gain = (item.probability - threshold) * (item.end - item.start) + (best[low] ?? 0);
    const skip = best[index] ?? 0;
    // A tie, up to rounding (3 + 11 characters against 14), keeps the longer item already taken.
    took[index] = gain > skip + TIE ? 1 : 0;
    best[index + 1] = Math.max(gain, skip);
  }
  const chosen: T[] = [];
  for (let index = accepted.length - 1; index >= 0; ) {
    if (took[index]) {
      chosen.push(accepted[index] as T);
      index = (previous[index] ?? 0) - 1;
    } else index--;
  }
  return chosen.reverse();
}
