/**
 * Keyness: is an entity named significantly more often on one side of a comparison than on the
 * other, given how long each side is?
 *
 * The measure is the log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics
 * of surprise and coincidence", Computational Linguistics 19(1)), in the form Rayson & Garside
 * (2000, "Comparing corpora using frequency profiling", ACL Workshop on Comparing Corpora) use
 * for keyness: with `a` and `b` the entity's mentions on each side and `c` and `d` the sides'
 * lengths, E₁ = c(a+b)/(c+d), E₂ = d(a+b)/(c+d) and G² = 2(a ln(a/E₁) + b ln(b/E₂)), a term
 * with a zero count being 0. G² follows χ² with one degree of freedom: 3.84 is p < 0.05, 6.63 is
 * p < 0.01. Lengths here are characters, since Chinese has no spaces to count words by.
 */

/** G² at p < 0.05, one degree of freedom. */
export const G2_CRITICAL_05 = 3.84;

/**
 * Log-likelihood G² of counts `a` and `b` in sides of length `c` and `d` (same unit).
 * Returns 0 when there is nothing to compare (no mentions, or a side of length 0).
 * Throws RangeError on a negative or non-finite input, or a count larger than its side.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  for (const value of [a, b, c, d]) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`log-likelihood needs finite counts ≥ 0, got ${value}`);
  }
  if (a > c || b > d) throw new RangeError(`a count exceeds its side's length (${a}/${c}, ${b}/${d})`);
  if (a + b === 0 || c === 0 || d === 0) return 0;
  const expectedA = (c * (a + b)) / (c + d);
  const expectedB = (d * (a + b)) / (c + d);
  const term = (observed: number, expected: number) => (observed === 0 ? 0 : observed * Math.log(observed / expected));
  return 2 * (term(a, expectedA) + term(b, expectedB));
}
