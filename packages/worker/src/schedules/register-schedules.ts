import {
  type CleanupJobData,
  type CollectionJobData,
  DAILY_COLLECTION_SCHEDULER,
  FALLBACK_COLLECTION_CRON,
  type Logger,
  WEEKLY_CLEANUP_CRON,
  WEEKLY_CLEANUP_SCHEDULER,
} from '@career-navigator/domain';
import type { Queue } from 'bullmq';
import { CronExpressionParser } from 'cron-parser';

/** The configured schedule if it parses; otherwise 02:00 daily, said once in the log. */
export function collectionCron(schedule: string, logger: Logger): string {
  try {
    CronExpressionParser.parse(schedule, { tz: 'UTC' });
    return schedule;
  } catch (error) {
    logger.warn(
      { schedule, fallback: FALLBACK_COLLECTION_CRON, reason: (error as Error).message },
      'JOB_COLLECTION_SCHEDULE is not a valid cron expression; collecting daily at 02:00 UTC instead',
    );
    return FALLBACK_COLLECTION_CRON;
  }
}

/**
 * Job schedulers are keyed by id, so every worker process can register them
 * at start-up and there is still one of each.
 */
export async function registerSchedules(
  queues: { collection: Queue<CollectionJobData>; cleanup: Queue<CleanupJobData> },
  options: { collectionSchedule: string; retentionDays: number; logger: Logger },
): Promise<void> {
  await queues.collection.upsertJobScheduler(
    DAILY_COLLECTION_SCHEDULER,
    { pattern: collectionCron(options.collectionSchedule, options.logger), tz: 'UTC' },
    { name: 'collect-all-users', data: { kind: 'all-users', trigger: 'schedule' } },
  );
  await queues.cleanup.upsertJobScheduler(
    WEEKLY_CLEANUP_SCHEDULER,
    { pattern: WEEKLY_CLEANUP_CRON, tz: 'UTC' },
    { name: 'cleanup', data: { retentionDays: options.retentionDays } },
  );
}
