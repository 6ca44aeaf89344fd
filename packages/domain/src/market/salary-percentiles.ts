import { SALARY_BUCKET_USD } from '../rollups/index.js';

/**
 * The p-th percentile of a histogram of fixed-width salary buckets, assuming
 * salaries spread evenly inside a bucket; rounded to the nearest 1,000 USD.
 */
export function percentileFromHistogram(histogram: ReadonlyMap<number, number>, percentile: number): number {
  const buckets = [...histogram].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return 0;
  const target = percentile * total;
  let seen = 0;
  for (const [bucket, count] of buckets) {
    if (seen + count >= target) {
      const value = (bucket + (target - seen) / count) * SALARY_BUCKET_USD;
      return Math.round(value / 1_000) * 1_000;
    }
    seen += count;
  }
  const last = buckets[buckets.length - 1] as [number, number];
  return (last[0] + 1) * SALARY_BUCKET_USD;
}

export interface SalaryPercentiles {
  p25Usd: number;
  p50Usd: number;
  p75Usd: number;
  /** Salaried postings behind the percentiles. */
  count: number;
}

/** Quartiles of a salary histogram, or null below `minimumCount` salaried postings (too few to mean much). */
export function salaryPercentiles(
  histogram: ReadonlyMap<number, number> | undefined,
  minimumCount: number,
): SalaryPercentiles | null {
  if (!histogram) return null;
  let count = 0;
  for (const n of histogram.values()) count += n;
  if (count < minimumCount) return null;
  return {
    p25Usd: percentileFromHistogram(histogram, 0.25),
    p50Usd: percentileFromHistogram(histogram, 0.5),
    p75Usd: percentileFromHistogram(histogram, 0.75),
    count,
  };
}
