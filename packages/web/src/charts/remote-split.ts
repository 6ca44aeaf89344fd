import type { MarketTrendsQuery } from '@career-navigator/client';
import { formatShare } from '../ui/index.js';
import type { BarDatum } from './bar-chart-scale.js';

export type RemoteShare = MarketTrendsQuery['marketTrends']['remoteDistribution'][number];

export function remoteLabel(remote: boolean | null | undefined): string {
  if (remote === true) return 'Remote';
  if (remote === false) return 'On-site or hybrid';
  return 'Not stated';
}

/** Remote, on-site and unstated postings, largest first (the market and role profiles both draw it). */
export function remoteSplitData(distribution: readonly RemoteShare[]): BarDatum[] {
  return [...distribution]
    .sort((a, b) => b.percentage - a.percentage)
    .map((share) => ({
      key: String(share.remote),
      label: remoteLabel(share.remote),
      value: share.percentage,
      tone: 'neutral',
      valueText: `${formatShare(share.percentage)} (${share.count})`,
    }));
}
