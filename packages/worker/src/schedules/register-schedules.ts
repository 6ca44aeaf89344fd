import {
  type CleanupJobData,
  type CollectionJobData,
  DAILY_COLLECTION_SCHEDULER,
  FALLBACK_COLLECTION_CRON,
  type Logger,
  WEEKLY_CLEANUP_CRON,
  WEEKLY_CLEANUP_SCHEDULER,
} from '@career-navigator/domain';
import { defaultRepeatStrategy, type Queue } from 'bullmq';

/**
 * The configured schedule if BullMQ itself can schedule it; otherwise 02:00 daily, said once in
 * the log. Validated with BullMQ's own repeat strategy (and so its own cron parser), never a
 * separate copy that could accept what BullMQ then throws on.
 */
export function collectionCron(schedule: string, logger: Logger, now = Date.now()): string {
  let reason: string;
  try {
    if (defaultRepeatStrategy(now, { pattern: schedule, tz: 'UTC' }) !== undefined) return schedule;
    reason = 'the expression never fires';
  } catch (error) {
    reason = (error as Error).message;
  }
  logger.warn(
    { schedule, fallback: FALLBACK_COLLECTION_CRON, reason },
    'JOB_COLLECTION_SCHEDULE is not a valid cron expression; collecting daily at 02:00 UTC instead',
  );
  return FALLBACK_COLLECTION_CRON;
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
