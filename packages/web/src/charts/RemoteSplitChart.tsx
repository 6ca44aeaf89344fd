import { BarChart } from './BarChart.js';
import { type RemoteShare, remoteSplitData } from './remote-split.js';

/** The remote / on-site / unstated split of some postings (the market and role profiles both draw it). */
export function RemoteSplitChart({ distribution }: { distribution: readonly RemoteShare[] }) {
  return <BarChart title="Remote split" data={remoteSplitData(distribution)} percent valueHeading="Share" />;
}
