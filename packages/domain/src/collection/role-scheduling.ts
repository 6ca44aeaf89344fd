import type { Clock } from '../clock/index.js';
import type { CollectionQueue } from '../queues/index.js';
import { normalizeRole } from '../roles/index.js';
import type { CollectionRequest, CollectionRunView, RoleSchedulingOutcome } from './collection.types.js';
import { hasFreshPostings, planAdminRun } from './collection-runs.js';

/**
 * Queues one collection job per role the user just added, unless postings
 * for it are fresh or a job for it is already waiting (deduplicated per
 * normalised role until that job finishes).
 */
export async function enqueueRoleCollections(
  queue: CollectionQueue,
  roles: readonly string[],
  options: { locations: readonly string[]; trigger: 'profile' | 'startup'; clock: Clock },
): Promise<RoleSchedulingOutcome> {
  const outcome: RoleSchedulingOutcome = { enqueued: [], alreadyPending: [], fresh: [] };
  const now = options.clock.now();
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
