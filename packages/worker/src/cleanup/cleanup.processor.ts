import {
  type CleanupJobData,
  type Clock,
  daysAfter,
  removePostingsLastSeenBefore,
} from '@career-navigator/domain';
import type { Job } from 'bullmq';

/** Removes postings not seen within the retention period, with their analytics contributions. */
export async function processCleanupJob(
  job: Job<CleanupJobData>,
  options: { retentionDays: number; clock: Clock; leaseMs?: number | undefined },
): Promise<number> {
  const retentionDays = job.data.retentionDays ?? options.retentionDays;
  const cutoff = daysAfter(options.clock.now(), -retentionDays);
  return removePostingsLastSeenBefore(cutoff, { clock: options.clock, leaseMs: options.leaseMs });
}
