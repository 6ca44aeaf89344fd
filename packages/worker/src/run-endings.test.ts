import type { ChildProcess } from 'node:child_process';
import {
  COLLECTION_QUEUE,
  createCollectionQueue,
  ORPHANED_RUN_REASON,
  requestCollectionRun,
} from '@career-navigator/domain/internal';
import { storedCollection, storedId } from '@career-navigator/testkit';
import { Job, Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { useKillableWorkers } from './test-support/killable-workers.js';
import { isFinished, waitForRun } from './test-support/worker-harness.js';

const workers = useKillableWorkers(5);
const { testRedis } = workers.services;
const startWorker = (extra?: Record<string, string>): Promise<ChildProcess> => workers.start(extra);
const searches = () => workers.searches();

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('collection runs always end', () => {
  it('a worker killed while the job is on its last attempt leaves the run FAILED after restart', async () => {
    const queue = createCollectionQueue(workers.redis, { prefix: testRedis.prefix });
    const run = await requestCollectionRun(
      queue,
      { roles: ['Software Engineer'], locations: [], maxAgeDays: 30, perRoleLimit: 400 },
      'theirstack',
      'admin@example.com',
    );
    const attempts = 3;
    // Kill the worker during each attempt, the last one included; each time another takes over.
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const worker = await startWorker();
      await until(async () => ((await Job.fromId(queue, `run-${run.id}`))?.attemptsStarted ?? 0) >= attempt);
      const before = searches();
      await until(() => searches() >= before + 2);
      expect((await waitForRun(run.id, () => true)).state).toBe('RUNNING');
      worker.kill('SIGKILL');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
    await startWorker();
    const finished = await waitForRun(run.id, isFinished, 60_000);
    expect(finished.state).toBe('FAILED');
    expect(finished.error).toBe('the worker stopped during the last attempt of this collection');
    expect(finished.error).not.toContain(workers.apiKey);
    expect(finished.finishedAt).not.toBeNull();
    await queue.close();
  }, 150_000);

  it('start-up recovery fails a RUNNING run whose job is gone; the schedule falls back to BullMQ-valid 02:00', async () => {
    const queue = createCollectionQueue(workers.redis, { prefix: `${testRedis.prefix}-orphans` });
    const orphan = await requestCollectionRun(
      queue,
      { roles: ['Data Engineer'], locations: [], maxAgeDays: 30, perRoleLimit: 20 },
      'theirstack',
      'admin@example.com',
    );
    // The worker that ran it died and its job was lost with the queue's data.
    await queue.obliterate({ force: true });
    await storedCollection('collection_runs').updateOne(
      { _id: storedId(orphan.id) },
      { $set: { state: 'RUNNING', startedAt: new Date() } },
    );
    // 'H 2 * * *' passes cron-parser 5 but not the parser BullMQ schedules with.
    await startWorker({
      TEST_QUEUE_PREFIX: `${testRedis.prefix}-orphans`,
      JOB_COLLECTION_SCHEDULE: 'H 2 * * *',
    });
    const failed = await waitForRun(orphan.id, isFinished, 30_000);
    expect(failed).toMatchObject({ state: 'FAILED', error: ORPHANED_RUN_REASON });
    const schedulers = await new Queue(COLLECTION_QUEUE, {
      connection: workers.redis,
      prefix: `${testRedis.prefix}-orphans`,
    }).getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.pattern)).toEqual(['0 2 * * *']);
    await queue.close();
  }, 60_000);
});
