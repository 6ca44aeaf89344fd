import type { ChildProcess } from 'node:child_process';
import {
  createCollectionQueue,
  JobPostingModel,
  pendingJournal,
  requestCollectionRun,
  verifyRollups,
} from '@career-navigator/domain';
import {
  type FakeTheirStackServer,
  startFakeTheirStackServer,
  useTestDatabase,
  useTestRedis,
} from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFinished, spawnWorkerProcess, waitForRun } from './test-support/worker-harness.js';

const database = useTestDatabase();
const testRedis = useTestRedis();
const API_KEY = 'fake-theirstack-key';

let fake: FakeTheirStackServer;
let redis: Redis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // Slow pages keep the collection in flight long enough to kill it half-way.
  fake = await startFakeTheirStackServer({
    apiKey: API_KEY,
    demo: { seed: 11, jobCount: 2_000 },
    rateLimits: null,
    persistentFault: { type: 'delay', ms: 250 },
  });
  redis = new Redis(testRedis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await fake.stop();
  await redis.quit();
});

function workerEnv(): Record<string, string> {
  return {
    MONGODB_URI: database.uri,
    REDIS_URL: testRedis.url,
    THEIR_STACK_API_KEY: API_KEY,
    THEIR_STACK_BASE_URL: fake.url,
    MAX_JOBS_PER_SEARCH: '20',
    TEST_QUEUE_PREFIX: testRedis.prefix,
    LOG_LEVEL: 'silent',
  };
}

async function searchRequestsAtLeast(count: number): Promise<void> {
  while (fake.requests.filter((request) => request.path === '/v1/jobs/search').length < count) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a worker killed with SIGKILL mid-collection', () => {
  it('has its job taken over, leaving no duplicates and rollups equal to a recomputation', async () => {
    const first = await spawnWorkerProcess(workerEnv());
    children.push(first);
    const queue = createCollectionQueue(redis, { prefix: testRedis.prefix });
    const run = await requestCollectionRun(
      queue,
      { roles: ['Software Engineer', 'Backend Developer'], locations: [], maxAgeDays: 30, perRoleLimit: 160 },
      'theirstack',
      'admin@example.com',
    );
    await searchRequestsAtLeast(4);
    first.kill('SIGKILL');
    const second = await spawnWorkerProcess(workerEnv());
    children.push(second);

    const finished = await waitForRun(run.id, isFinished, 90_000);
    expect(finished.state).toBe('COMPLETED');
    expect(finished.results.map((result) => result.role).sort()).toEqual([
      'Backend Developer',
      'Software Engineer',
    ]);
    // One document per TheirStack job, although the killed worker had stored some pages before the retry.
    const postings = await JobPostingModel.countDocuments();
    expect(postings).toBeGreaterThan(0);
    expect((await JobPostingModel.distinct('externalId')).length).toBe(postings);
    expect(await pendingJournal()).toEqual([]);
    const verification = await verifyRollups();
    expect(verification.differingCells).toEqual([]);
    await queue.close();
  }, 120_000);
});
