import { type CleanupJobData, type Clock, removePostingsLastSeenBefore } from '@career-navigator/domain';
import type { Job } from 'bullmq';

const DAY_MS = 86_400_000;

/** Removes postings not seen within the retention period, with their analytics contributions. */
export async function processCleanupJob(
  job: Job<CleanupJobData>,
  options: { retentionDays: number; clock: Clock },
): Promise<number> {
  const retentionDays = job.data.retentionDays ?? options.retentionDays;
  const cutoff = new Date(options.clock.now().getTime() - retentionDays * DAY_MS);
  return removePostingsLastSeenBefore(cutoff, { clock: options.clock });
}
