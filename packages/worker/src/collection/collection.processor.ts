import {
  type CollectionContext,
  type CollectionJobData,
  collectForAllUsers,
  executeCollectionRun,
  runCollection,
  USER_ROLE_DEFAULTS,
} from '@career-navigator/domain';
import type { Job } from 'bullmq';

export interface CollectionProcessorOptions {
  context: CollectionContext;
  defaultLocations: readonly string[];
}

/** Decodes a collection job and hands it to the domain; the job's return value is the run's id. */
export async function processCollectionJob(
  job: Job<CollectionJobData>,
  { context, defaultLocations }: CollectionProcessorOptions,
): Promise<string | null> {
  const data = job.data;
  switch (data.kind) {
    case 'run':
      return (await executeCollectionRun(data.runId, context)).id;
    case 'role': {
      const locations = data.locations.length > 0 ? data.locations : [...defaultLocations];
      const run = await runCollection(
        { roles: [data.role], locations, ...USER_ROLE_DEFAULTS },
        data.trigger,
        context,
      );
      return run.id;
    }
    case 'all-users':
      return (await collectForAllUsers(context, { locations: defaultLocations }))?.id ?? null;
  }
}
