/** One bar: a share (0–100) or an amount, optionally starting above zero (a percentile range). */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Where the bar starts (default 0): p25 of a p25–p75 range. */
  from?: number;
  /** A tick inside the bar: the median of a range. */
  mark?: number;
  tone: 'have' | 'missing' | 'neutral';
  /** What the bar says beside it, short enough for a phone. */
  valueText: string;
  /** The full figures for the table and screen readers, when they differ from valueText. */
  tableText?: string;
}

/** The axis maximum: 100 for shares, else the largest value rounded up to a readable step. */
export function axisMaximum(data: readonly BarDatum[], percent: boolean): number {
  if (percent) return 100;
  const largest = Math.max(0, ...data.map((datum) => datum.value));
  if (largest === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 2.5, 5, 10].find((factor) => largest <= factor * magnitude) ?? 10;
  return step * magnitude;
}
