import {
  type CollectionQueue,
  enqueueRoleCollections,
  hasCollectedPostings,
  type Logger,
  POPULAR_ROLES,
} from '@career-navigator/domain';

/**
 * An empty database gets the popular roles collected at once, so someone who
 * has just started the system sees real answers within a minute.
 */
export async function collectPopularRolesIfEmpty(
  queue: CollectionQueue,
  locations: readonly string[],
  logger: Logger,
): Promise<void> {
  if (await hasCollectedPostings()) return;
  const outcome = await enqueueRoleCollections(queue, POPULAR_ROLES, { locations, trigger: 'startup' });
  logger.info({ roles: outcome.enqueued }, 'database holds no postings: collecting the popular roles now');
}
