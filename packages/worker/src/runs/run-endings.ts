import type { CollectionJobData, CollectionQueue, CollectionService, Logger } from '@career-navigator/domain';
import type { Job } from 'bullmq';

/** Every state in which BullMQ still holds a job that will (again) be processed. */
const LIVE_JOB_STATES = [
  'active',
  'waiting',
  'delayed',
  'prioritized',
  'paused',
  'waiting-children',
] as const;
const STALLED_LIMIT_MESSAGE = 'job stalled more than allowable limit';

export interface RunEndingsOptions {
  collection: CollectionService;
  logger: Logger;
}

/**
 * Worker 'failed' handler for collection jobs: once BullMQ will not try a job again (attempts
 * exhausted, or a worker died during its last one), the job's run is marked FAILED with the
 * last error, secrets removed.
 */
export async function failRunOfExhaustedJob(
  job: Job<CollectionJobData> | undefined,
  error: Error,
  options: RunEndingsOptions,
): Promise<void> {
  const runId = job?.data.runId;
  if (!job || !runId) return;
  if ((await job.getState()) !== 'failed') return; // a retry is scheduled
  const cause = error.message.includes(STALLED_LIMIT_MESSAGE)
    ? 'the worker stopped during the last attempt of this collection'
    : error;
  const reason = await options.collection.failRun(runId, cause);
  if (reason !== null) {
    options.logger.warn(
      { runId, jobId: job.id, reason },
      'collection run failed: its job has no attempts left',
    );
  }
}

/** Start-up recovery: fails RUNNING runs that no live job will ever continue. */
export async function failRunsWithoutLiveJobs(
  queue: CollectionQueue,
  options: RunEndingsOptions,
): Promise<void> {
  const jobs = await queue.getJobs([...LIVE_JOB_STATES]);
  const live = new Set(jobs.flatMap((job) => (job?.data.runId ? [job.data.runId] : [])));
  const failed = await options.collection.failRunsWithout(live);
  if (failed.length > 0) {
    options.logger.warn({ runIds: failed }, 'failed collection runs left RUNNING by a worker that died');
  }
}
