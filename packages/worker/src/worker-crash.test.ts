import type { ChildProcess } from 'node:child_process';
import {
  type CollectionRunView,
  databaseAnswersReads,
  findCollectionRun,
  verifyRollups,
} from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import {
  cellWritesBegun,
  ingestionLockHolder,
  pendingBatch,
  waitUntil,
} from './test-support/ingestion-progress.js';
import { useKillableWorkers } from './test-support/killable-workers.js';
import { isFinished, killProcess, requestAdminRun, waitForRun } from './test-support/worker-harness.js';

const workers = useKillableWorkers(11);
// Small pages keep each of the five runs to a few seconds.
const WORKER_ENV = { MAX_JOBS_PER_SEARCH: '20' };
/** The acceptance bound: a replacement ends the run within this long of the kill. */
const RECOVERY_BOUND_MS = 120_000;

interface CrashContext {
  run: CollectionRunView;
  /** The worker running the run's job. */
  active: ChildProcess;
  /** Searches the fake TheirStack had received before the run was requested. */
  searchesBefore: number;
}

interface CrashPoint {
  name: string;
  roles: string[];
  perRoleLimit: number;
  /** Waits for the point, kills the worker there (and any replacement it kills too); returns what it saw. */
  crash(context: CrashContext): Promise<string>;
}

function searchInFlight(searchesBefore: number): boolean {
  return workers.fake.requests
    .slice(searchesBefore)
    .some((request) => request.path === '/v1/jobs/search' && request.status === null);
}

interface KilledMidBatch {
  batch: number;
  /** The killed writer's lease on the ingestion lock. */
  lease: string | null;
  /** False when the batch was finished before the kill landed (a slow poll under load). */
  leftPending: boolean;
  cellWritesBegun: boolean;
}

/**
 * Kills `active` while a journalled batch is being applied: as soon as one is seen, or
 * once its rollup cell writes have begun. Polling cannot promise to land between a
 * batch's posting writes and its first cell write, so what the kill met is reported.
 */
async function killMidBatch(
  active: ChildProcess,
  phase: 'as soon as journalled' | 'once its cell writes have begun',
  also: () => Promise<boolean> = async () => true,
): Promise<KilledMidBatch> {
  let seen: Pick<KilledMidBatch, 'batch' | 'lease'> | undefined;
  await waitUntil(`a batch is pending (${phase})`, async () => {
    const batch = await pendingBatch();
    if (batch === null || !(await also())) return false;
    if (phase === 'once its cell writes have begun' && !(await cellWritesBegun())) return false;
    seen = { batch, lease: await ingestionLockHolder() };
    return true;
  });
  await killProcess(active);
  const { batch, lease } = seen as Pick<KilledMidBatch, 'batch' | 'lease'>;
  const leftPending = (await pendingBatch()) === batch;
  return { batch, lease, leftPending, cellWritesBegun: leftPending && (await cellWritesBegun()) };
}

const described = ({ batch, leftPending, cellWritesBegun: begun }: KilledMidBatch) =>
  leftPending
    ? `batch ${batch} left pending with ${begun ? 'some' : 'none'} of its cells written`
    : `batch ${batch} finished just before the kill`;

const CRASH_POINTS: CrashPoint[] = [
  {
    name: 'before its first page is stored',
    roles: ['Software Engineer'],
    perRoleLimit: 40,
    async crash({ active, searchesBefore }) {
      await waitUntil('the first search is in flight', () => searchInFlight(searchesBefore));
      await killProcess(active);
      return `postings stored: ${await storedCollection('job_postings').countDocuments()}`;
    },
  },
  {
    name: "as soon as a page's batch is journalled",
    // Software Engineer again: the page updates postings already stored, as in the hang once seen.
    roles: ['Software Engineer', 'Backend Developer'],
    perRoleLimit: 40,
    async crash({ active }) {
      return described(await killMidBatch(active, 'as soon as journalled'));
    },
  },
  {
    name: "while a page's rollup cells are written",
    roles: ['Data Scientist'],
    perRoleLimit: 40,
    async crash({ active }) {
      return described(await killMidBatch(active, 'once its cell writes have begun'));
    },
  },
  {
    name: 'and its replacement while that one replays the batch left behind',
    roles: ['DevOps Engineer', 'Data Scientist'],
    perRoleLimit: 40,
    async crash({ active }) {
      const killed = await killMidBatch(active, 'once its cell writes have begun');
      const { batch, lease } = killed;
      // Without a batch left behind there is nothing to replay: the point was missed.
      expect(killed.leftPending).toBe(true);
      const replacement = workers.launch(WORKER_ENV).process;
      await waitUntil(
        `a replacement takes the lock to replay batch ${batch}`,
        async () => (await pendingBatch()) === batch && ![null, lease].includes(await ingestionLockHolder()),
      );
      await killProcess(replacement);
      const replayLeftPending = (await pendingBatch()) === batch;
      return `${described(killed)}; the replacement killed ${replayLeftPending ? 'while replaying it' : 'just after replaying it'}`;
    },
  },
  {
    name: "on the run's last page",
    roles: ['Frontend Developer', 'Full Stack Developer'],
    perRoleLimit: 20,
    async crash({ active, run }) {
      const lastRoleRunning = async () => ((await findCollectionRun(run.id))?.results.length ?? 0) === 1;
      const killed = await killMidBatch(active, 'once its cell writes have begun', lastRoleRunning);
      return `first role recorded, ${described(killed)}`;
    },
  },
];

describe('a worker killed with SIGKILL mid-ingestion, five times in a row', () => {
  it('each time its replacement completes the run, duplicating nothing, rollups equal to a recomputation', async () => {
    const queue = workers.collectionQueue();
    let active = await workers.start(WORKER_ENV);
    const seen: string[] = [];
    for (const point of CRASH_POINTS) {
      const searchesBefore = workers.fake.requests.length;
      const run = await requestAdminRun(queue, point);
      seen.push(`${point.name}: ${await point.crash({ run, active, searchesBefore })}`);
      const killedAt = Date.now();
      const replacement = workers.launch(WORKER_ENV);
      active = replacement.process;

      const finished = await waitForRun(run.id, isFinished, RECOVERY_BOUND_MS);
      expect(Date.now() - killedAt).toBeLessThan(RECOVERY_BOUND_MS);
      expect(finished, point.name).toMatchObject({ state: 'COMPLETED', error: null });
      expect(finished.results.map((result) => result.role).sort()).toEqual([...point.roles].sort());
      expect(await databaseAnswersReads(), point.name).toBe(true);
      const postings = storedCollection('job_postings');
      expect((await postings.distinct('externalId')).length, point.name).toBe(
        await postings.countDocuments(),
      );
      expect(await pendingBatch(), point.name).toBeNull();
      expect((await verifyRollups()).differingCells, point.name).toEqual([]);
      await replacement.ready;
    }
    console.info(`kill points met:\n${seen.join('\n')}`);
    expect(await storedCollection('job_postings').countDocuments()).toBeGreaterThan(100);
  }, 600_000);
});
