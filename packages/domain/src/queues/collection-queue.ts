import { type ConnectionOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
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
