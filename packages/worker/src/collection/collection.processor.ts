import {
  type CollectionContext,
  type CollectionJobData,
  type CollectionRunView,
  executeCollectionRun,
  planAllUsersRun,
  planCollectionRun,
  USER_ROLE_DEFAULTS,
} from '@career-navigator/domain';
import { type Job, UnrecoverableError } from 'bullmq';

export interface CollectionProcessorOptions {
  context: CollectionContext;
  defaultLocations: readonly string[];
}

/** The run a job works on: named by the job, or planned by its first attempt and remembered in its data. */
async function runOf(
  job: Job<CollectionJobData>,
  options: CollectionProcessorOptions,
): Promise<string | null> {
  const data = job.data;
  if (data.runId) return data.runId;
  let planned: CollectionRunView | null;
  if (data.kind === 'role') {
    const locations = data.locations.length > 0 ? data.locations : [...options.defaultLocations];
    planned = await planCollectionRun(
      { roles: [data.role], locations, ...USER_ROLE_DEFAULTS },
      data.trigger,
      options.context,
    );
  } else {
    planned = await planAllUsersRun(options.context, { locations: options.defaultLocations });
  }
  if (planned) await job.updateData({ ...data, runId: planned.id });
  return planned?.id ?? null;
}

/** Decodes a collection job and hands its run to the domain; the job's return value is the run's id. */
export async function processCollectionJob(
  job: Job<CollectionJobData>,
  options: CollectionProcessorOptions,
): Promise<string | null> {
  // A start beyond the allowed attempts means earlier ones were cut short by a worker that died
  // (BullMQ puts such a job back without counting it): that attempt counts, and none is left.
  if (job.attemptsStarted > (job.opts.attempts ?? 1)) {
    throw new UnrecoverableError('the worker stopped during the last attempt of this collection');
  }
  const runId = await runOf(job, options);
  if (!runId) return null;
  return (await executeCollectionRun(runId, options.context)).id;
}
