import { type ConnectionOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type Clock, systemClock } from '../clock/index.js';
import {
  type CollectionRequest,
  type CollectionRunView,
  hasFreshPostings,
  planAdminRun,
  type RoleSchedulingOutcome,
} from '../collection/index.js';
import { normalizeRole } from '../roles/index.js';
import {
  CLEANUP_QUEUE,
  type CleanupJobData,
  COLLECTION_QUEUE,
  type CollectionJobData,
} from './queue-names.js';

export interface QueueOptions {
  /** Redis key prefix; tests give each file its own. */
  prefix?: string;
}

/** Retries with backoff; completed and failed jobs kept for a while, not forever. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { count: 500, age: 7 * 86_400 },
  removeOnFail: { count: 1_000, age: 30 * 86_400 },
} as const;

export function createCollectionQueue(connection: Redis | ConnectionOptions, options: QueueOptions = {}) {
  return new Queue<CollectionJobData>(COLLECTION_QUEUE, {
    connection,
    prefix: options.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
}

export function createCleanupQueue(connection: Redis | ConnectionOptions, options: QueueOptions = {}) {
  return new Queue<CleanupJobData>(CLEANUP_QUEUE, {
    connection,
    prefix: options.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
}

export type CollectionQueue = ReturnType<typeof createCollectionQueue>;
export type CleanupQueue = ReturnType<typeof createCleanupQueue>;

/**
 * Queues one collection job per role the user just added, unless postings
 * for it are fresh or a job for it is already waiting (deduplicated per
 * normalised role until that job finishes).
 */
export async function enqueueRoleCollections(
  queue: CollectionQueue,
  roles: readonly string[],
  options: { locations: readonly string[]; trigger: 'profile' | 'startup'; clock?: Clock },
): Promise<RoleSchedulingOutcome> {
  const outcome: RoleSchedulingOutcome = { enqueued: [], alreadyPending: [], fresh: [] };
  const now = (options.clock ?? systemClock).now();
  for (const role of roles) {
    if (await hasFreshPostings(role, now)) {
      outcome.fresh.push(role);
      continue;
    }
    const jobId = `role-${normalizeRole(role).replace(/[^a-z0-9]+/g, '-')}-${now.getTime()}`;
    const job = await queue.add(
      'collect-role',
      { kind: 'role', role, locations: [...options.locations], trigger: options.trigger },
      { jobId, deduplication: { id: `role:${normalizeRole(role)}` } },
    );
    (job.id === jobId ? outcome.enqueued : outcome.alreadyPending).push(role);
  }
  return outcome;
}

/** An admin's collection request: stored as a run the caller can poll, then queued. */
export async function requestCollectionRun(
  queue: CollectionQueue,
  request: CollectionRequest,
  source: 'theirstack' | 'demo',
  requestedBy: string,
): Promise<CollectionRunView> {
  const run = await planAdminRun(request, source, requestedBy);
  await queue.add('collect-run', { kind: 'run', runId: run.id }, { jobId: `run-${run.id}` });
  return run;
}
