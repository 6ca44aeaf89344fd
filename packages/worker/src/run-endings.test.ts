import type { ChildProcess } from 'node:child_process';
import { ORPHANED_RUN_REASON } from '@career-navigator/domain/internal';
import { storedCollection, storedId } from '@career-navigator/testkit';
import { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { waitUntil } from './test-support/ingestion-progress.js';
import { useKillableWorkers } from './test-support/killable-workers.js';
import { isFinished, killProcess, requestAdminRun, waitForRun } from './test-support/worker-harness.js';

const workers = useKillableWorkers(5);
const startWorker = (extra?: Record<string, string>): Promise<ChildProcess> => workers.start(extra);
const searches = () => workers.searches();

describe('collection runs always end', () => {
  it('a worker killed while the job is on its last attempt leaves the run FAILED after restart', async () => {
    const queue = workers.collectionQueue();
    const run = await requestAdminRun(queue, { roles: ['Software Engineer'], perRoleLimit: 400 });
    const attempts = 3;
    // Kill the worker during each attempt, the last one included; each time another takes over.
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const worker = await startWorker();
      const started = async () =>
        ((await Job.fromId(queue, `run-${run.id}`))?.attemptsStarted ?? 0) >= attempt;
      await waitUntil(`attempt ${attempt} has started`, started, 30_000);
      const before = searches();
      await waitUntil(`attempt ${attempt} has searched twice`, () => searches() >= before + 2, 30_000);
      expect((await waitForRun(run.id, () => true)).state).toBe('RUNNING');
      await killProcess(worker);
    }
    await startWorker();
    const finished = await waitForRun(run.id, isFinished, 60_000);
    expect(finished.state).toBe('FAILED');
    expect(finished.error).toBe('the worker stopped during the last attempt of this collection');
    expect(finished.error).not.toContain(workers.apiKey);
    expect(finished.finishedAt).not.toBeNull();
  }, 150_000);

  it('start-up recovery fails a RUNNING run whose job is gone; the schedule falls back to BullMQ-valid 02:00', async () => {
    const prefix = `${workers.services.testRedis.prefix}-orphans`;
    const queue = workers.collectionQueue(prefix);
    const orphan = await requestAdminRun(queue, { roles: ['Data Engineer'], perRoleLimit: 20 });
    // The worker that ran it died and its job was lost with the queue's data.
    await queue.obliterate({ force: true });
    await storedCollection('collection_runs').updateOne(
      { _id: storedId(orphan.id) },
      { $set: { state: 'RUNNING', startedAt: new Date() } },
    );
    // 'H 2 * * *' passes cron-parser 5 but not the parser BullMQ schedules with.
    await startWorker({
      TEST_QUEUE_PREFIX: prefix,
      JOB_COLLECTION_SCHEDULE: 'H 2 * * *',
    });
    const failed = await waitForRun(orphan.id, isFinished, 30_000);
    expect(failed).toMatchObject({ state: 'FAILED', error: ORPHANED_RUN_REASON });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.pattern)).toEqual(['0 2 * * *']);
  }, 60_000);
});
