import { daysAfter } from '../clock/index.js';
import { ValidationError } from '../errors/index.js';
import { IngestionSession, JournalReplayError } from '../ingestion/index.js';
import { countPostings, lastCollectedAt } from '../postings/index.js';
import { normalizeRole } from '../roles/index.js';
import { compareText, isStoredId } from '../shared/index.js';
import { targetRolesOfUsers } from '../users/index.js';
import type { CollectionRequest, CollectionRunView } from './collection.types.js';
import type { CollectionTrigger } from './collection-run.model.js';
import {
  findLatestRun,
  findRun,
  insertRun,
  markRunFailedIfUnfinished,
  markRunFinished,
  markRunStarted,
  recordRoleResult,
  runningRunIds,
} from './collection-run.repository.js';
import { CollectionAbortedError, type CollectionContext, collectRole } from './role-collector.js';

/** A role with postings seen this recently is not collected again by scheduled or profile-triggered runs. */
export const FRESHNESS_DAYS = 7;
/** The original's defaults for user-driven collection: a small sample per role, recent postings only. */
export const USER_ROLE_DEFAULTS = { maxAgeDays: 30, perRoleLimit: 50 } as const;

export async function hasFreshPostings(
  role: string,
  now: Date,
  freshnessDays = FRESHNESS_DAYS,
): Promise<boolean> {
  const collectedAt = await lastCollectedAt(normalizeRole(role));
  return collectedAt !== null && collectedAt > daysAfter(now, -freshnessDays);
}

/**
 * Runs a stored collection run: marks it running, collects each role in
 * turn recording results as it goes, then completes or fails it. Roles whose
 * results are already recorded are skipped, so a run retried after a crash
 * continues where it stopped.
 */
export async function executeCollectionRun(
  runId: string,
  context: CollectionContext,
): Promise<CollectionRunView> {
  const run = await findRun(runId);
  if (!run) throw new Error(`collection run ${runId} does not exist`);
  if (run.state === 'COMPLETED' || run.state === 'FAILED') return run;
  await markRunStarted(runId, context.clock.now());
  const done = new Set(run.results.map((result) => result.role));
  const roles = run.roles.filter((role) => !done.has(role));
  const ingestion = new IngestionSession({ clock: context.clock, leaseMs: context.ingestionLeaseMs });
  let failure: string | null = null;
  try {
    for (const [index, role] of roles.entries()) {
      try {
        const result = await collectRole(
          { role, locations: run.locations, maxAgeDays: run.maxAgeDays, perRoleLimit: run.perRoleLimit },
          context,
          ingestion,
        );
        // The rollups hold all of a run by the time its last result shows.
        if (index === roles.length - 1) await ingestion.flush();
        await recordRoleResult(runId, result);
      } catch (error) {
        if (error instanceof JournalReplayError) {
          // The replay already retried; another attempt of the job would meet the same batch.
          failure = `stored postings could not be brought up to date: ${error.message}`;
          break;
        }
        if (!(error instanceof CollectionAbortedError)) throw error;
        failure = `TheirStack refused the API key: ${error.message}`;
        break;
      }
    }
    await ingestion.flush();
  } catch (error) {
    // Writes the cells of the pages stored so far; failing that, the next writer's replay does.
    await ingestion.flush().catch(() => undefined);
    throw error;
  }
  await markRunFinished(runId, context.clock.now(), failure);
  const finished = await findRun(runId);
  if (!finished) throw new Error(`collection run ${runId} disappeared while it ran`);
  return finished;
}

export async function findCollectionRun(id: string): Promise<CollectionRunView | null> {
  if (!isStoredId(id)) throw ValidationError.forField('id', 'is not a valid collection run id');
  return findRun(id);
}

export function latestCollectionRun(): Promise<CollectionRunView | null> {
  return findLatestRun();
}

/** Whether any collection has stored postings yet (an empty database gets the popular roles at start-up). */
export async function hasCollectedPostings(): Promise<boolean> {
  return (await countPostings()) > 0;
}

/** Stores a run to be executed (by executeCollectionRun) in this process. */
export async function planCollectionRun(
  request: CollectionRequest,
  trigger: CollectionTrigger,
  context: CollectionContext,
): Promise<CollectionRunView> {
  return insertRun(request, trigger, context.source, null);
}

/** An admin's run, stored before it is queued so the admin can poll it. */
export async function planAdminRun(
  request: CollectionRequest,
  source: 'theirstack' | 'demo',
  requestedBy: string,
): Promise<CollectionRunView> {
  return insertRun(request, 'admin', source, requestedBy);
}

/** Marks a run failed for good (its job ran out of attempts); a run that already ended is left alone. */
export async function failCollectionRun(
  runId: string,
  reason: string,
  context: Pick<CollectionContext, 'clock'>,
): Promise<boolean> {
  return markRunFailedIfUnfinished(runId, context.clock.now(), reason);
}

export const ORPHANED_RUN_REASON =
  'the worker running this collection stopped and its job is gone; request the collection again';

/**
 * Start-up recovery: a run still RUNNING whose job no queue holds any more (the worker died
 * and the job was lost) can never finish, so it is failed. Returns the failed runs' ids.
 */
export async function failOrphanedRuns(
  liveRunIds: ReadonlySet<string>,
  context: Pick<CollectionContext, 'clock'>,
): Promise<string[]> {
  const failed: string[] = [];
  for (const runId of await runningRunIds()) {
    if (liveRunIds.has(runId)) continue;
    if (await failCollectionRun(runId, ORPHANED_RUN_REASON, context)) failed.push(runId);
  }
  return failed;
}

/**
 * The distinct target roles of all users, keyed by normalised role (first
 * spelling wins); users are streamed, never loaded at once.
 */
export async function targetRolesOfAllUsers(): Promise<string[]> {
  const roles = new Map<string, string>();
  for await (const targetRoles of targetRolesOfUsers()) {
    for (const role of targetRoles) {
      const key = normalizeRole(role);
      if (key && !roles.has(key)) roles.set(key, role.trim());
    }
  }
  return [...roles.values()].sort(compareText);
}

/** The daily job's run: every user's target role that has no fresh postings; null when there is none. */
export async function planAllUsersRun(
  context: CollectionContext,
  options: { locations: readonly string[]; maxAgeDays?: number; perRoleLimit?: number },
): Promise<CollectionRunView | null> {
  const now = context.clock.now();
  const stale: string[] = [];
  for (const role of await targetRolesOfAllUsers()) {
    if (!(await hasFreshPostings(role, now))) stale.push(role);
  }
  if (stale.length === 0) return null;
  return planCollectionRun(
    {
      roles: stale,
      locations: [...options.locations],
      maxAgeDays: options.maxAgeDays ?? USER_ROLE_DEFAULTS.maxAgeDays,
      perRoleLimit: options.perRoleLimit ?? USER_ROLE_DEFAULTS.perRoleLimit,
    },
    'schedule',
    context,
  );
}
