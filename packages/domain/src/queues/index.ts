export {
  type CleanupQueue,
  type CollectionQueue,
  createCleanupQueue,
  createCollectionQueue,
} from './collection-queue.js';
export {
  CLEANUP_QUEUE,
  type CleanupJobData,
  COLLECTION_QUEUE,
  type CollectionJobData,
  DAILY_COLLECTION_SCHEDULER,
  FALLBACK_COLLECTION_CRON,
  WEEKLY_CLEANUP_CRON,
  WEEKLY_CLEANUP_SCHEDULER,
} from './queue-names.js';
