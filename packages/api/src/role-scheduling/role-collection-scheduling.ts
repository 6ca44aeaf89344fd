import type { AccountUser } from '@career-navigator/domain';
import type { ApiServices } from '../graphql/index.js';
import { withDeadline } from '../timing/index.js';
import type { ScheduledCollectionsType } from './role-scheduling.graphql-types.js';

interface SchedulingResult {
  scheduledCollections: ScheduledCollectionsType | null;
  schedulingError: string | null;
}

/** A saved profile and the target roles it gained (all of them, for a new account). */
export interface RolesAdded {
  user: Pick<AccountUser, 'location'>;
  addedRoles: readonly string[];
}

export const SCHEDULING_FAILED_MESSAGE =
  'Your profile was saved, but nothing was scheduled: the job queue is unavailable. ' +
  'The next daily collection covers your new target roles.';

/**
 * Queues collections for the roles an update added. The profile is saved
 * already, so a queue outage must not fail the request: it is reported in
 * the result and logged instead.
 */
export async function scheduleCollectionsForAddedRoles(
  services: ApiServices,
  update: RolesAdded,
  requestId: string,
): Promise<SchedulingResult> {
  if (update.addedRoles.length === 0) {
    return { scheduledCollections: { enqueued: [], alreadyPending: [], fresh: [] }, schedulingError: null };
  }
  try {
    const outcome = await withDeadline(
      services.collection.scheduleRoles(services.collectionQueue, update.addedRoles, {
        userLocation: update.user.location,
        trigger: 'profile',
      }),
      services.schedulingTimeoutMs,
      'queueing collections for new target roles',
    );
    return { scheduledCollections: outcome, schedulingError: null };
  } catch (error) {
    services.logger.warn(
      { err: error, requestId, roleCount: update.addedRoles.length },
      'profile saved but collections for its new target roles were not scheduled',
    );
    return { scheduledCollections: null, schedulingError: SCHEDULING_FAILED_MESSAGE };
  }
}
