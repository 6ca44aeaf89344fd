/** BullMQ queues shared by the api (producer) and the worker (consumer). */
export const COLLECTION_QUEUE = 'collection';
export const CLEANUP_QUEUE = 'cleanup';

export const DAILY_COLLECTION_SCHEDULER = 'daily-job-collection';
export const WEEKLY_CLEANUP_SCHEDULER = 'weekly-job-cleanup';
/** Sunday 03:00 UTC. */
export const WEEKLY_CLEANUP_CRON = '0 3 * * 0';
export const FALLBACK_COLLECTION_CRON = '0 2 * * *';

/** Payloads carry ids and parameters only: never credentials or personal data. */
export type CollectionJobData =
  | { kind: 'run'; runId: string }
  /** runId is set by the first attempt, so a retry continues the same run. */
  | { kind: 'role'; role: string; locations: string[]; trigger: 'profile' | 'startup'; runId?: string }
  | { kind: 'all-users'; trigger: 'schedule'; runId?: string };

export interface CleanupJobData {
  retentionDays?: number;
}
