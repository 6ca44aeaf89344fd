import type { CollectionJobData, CollectionService } from '@career-navigator/domain';
import { type Job, UnrecoverableError } from 'bullmq';

/** Decodes a collection job and hands it to the collection service; the job's return value is the run's id. */
export async function processCollectionJob(
  job: Job<CollectionJobData>,
  collection: CollectionService,
): Promise<string | null> {
  // A start beyond the allowed attempts means earlier ones were cut short by a worker that died
  // (BullMQ puts such a job back without counting it): that attempt counts, and none is left.
  if (job.attemptsStarted > (job.opts.attempts ?? 1)) {
    throw new UnrecoverableError('the worker stopped during the last attempt of this collection');
  }
  // A retry continues the run its first attempt planned.
  return collection.runJob(job.data, (runId) => job.updateData({ ...job.data, runId }));
}
