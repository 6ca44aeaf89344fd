/** Analytics report shares with one decimal. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** Counts sorted by count descending, then name: equal counts always come out in the same order. */
export function byCountThenName(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
