import {
  createCollectionQueue,
  pendingIngestionBatches,
  requestCollectionRun,
  verifyRollups,
} from '@career-navigator/domain';
import { storedCollection, useTestDatabase, useTestRedis } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { useKillableWorkers } from './test-support/killable-workers.js';
import { isFinished, waitForRun } from './test-support/worker-harness.js';

const testRedis = useTestRedis();
const workers = useKillableWorkers(useTestDatabase(), testRedis, 11);

async function searchRequestsAtLeast(count: number): Promise<void> {
  while (workers.searches() < count) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a worker killed with SIGKILL mid-collection', () => {
  it('has its job taken over, leaving no duplicates and rollups equal to a recomputation', async () => {
    const first = await workers.start();
    const queue = createCollectionQueue(workers.redis, { prefix: testRedis.prefix });
    const run = await requestCollectionRun(
      queue,
      { roles: ['Software Engineer', 'Backend Developer'], locations: [], maxAgeDays: 30, perRoleLimit: 160 },
      'theirstack',
      'admin@example.com',
    );
    await searchRequestsAtLeast(4);
    first.kill('SIGKILL');
    await workers.start();

    const finished = await waitForRun(run.id, isFinished, 90_000);
    expect(finished.state).toBe('COMPLETED');
    expect(finished.results.map((result) => result.role).sort()).toEqual([
      'Backend Developer',
      'Software Engineer',
    ]);
    // One document per TheirStack job, although the killed worker had stored some pages before the retry.
    const postings = await storedCollection('job_postings').countDocuments();
    expect(postings).toBeGreaterThan(0);
    expect((await storedCollection('job_postings').distinct('externalId')).length).toBe(postings);
    expect(await pendingIngestionBatches()).toBe(0);
    const verification = await verifyRollups();
    expect(verification.differingCells).toEqual([]);
    await queue.close();
  }, 120_000);
});
