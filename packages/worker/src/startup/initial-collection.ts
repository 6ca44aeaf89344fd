import {
  type CollectionQueue,
  type CollectionService,
  type Logger,
  POPULAR_ROLES,
} from '@career-navigator/domain';

/**
 * An empty database gets the popular roles collected at once, so someone who
 * has just started the system sees real answers within a minute.
 */
export async function collectPopularRolesIfEmpty(
  queue: CollectionQueue,
  collection: CollectionService,
  logger: Logger,
): Promise<void> {
  const enqueued = await collection.scheduleIfEmpty(queue, POPULAR_ROLES);
  if (enqueued === null) return;
  logger.info({ roles: enqueued }, 'database holds no postings: collecting the popular roles now');
}
