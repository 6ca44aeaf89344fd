import { compareText } from '../shared/index.js';

/** Counts sorted by count descending, then name: equal counts always come out in the same order. */
export function byCountThenName(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

const rankings = new WeakMap<ReadonlyMap<string, number>, readonly [string, number][]>();

/**
 * byCountThenName for the counters of shared window totals, which are never
 * changed once summed: each is sorted once, however many requests read it.
 * Never pass a map that is changed afterwards.
 */
export function rankedTotals(counts: ReadonlyMap<string, number>): readonly [string, number][] {
  let ranked = rankings.get(counts);
  if (!ranked) {
    ranked = byCountThenName(counts);
    rankings.set(counts, ranked);
  }
  return ranked;
}
