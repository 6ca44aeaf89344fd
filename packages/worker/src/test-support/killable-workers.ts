import type { ChildProcess } from 'node:child_process';
import {
  type FakeTheirStackServer,
  startFakeTheirStackServer,
  type TestDatabase,
  type TestRedis,
} from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { launchWorkerProcess, type WorkerLaunch } from './worker-harness.js';

export interface KillableWorkers {
  readonly fake: FakeTheirStackServer;
  readonly redis: Redis;
  readonly apiKey: string;
  /** Starts a worker process (killed after the file's tests), with extra environment if given. */
  start(extraEnv?: Record<string, string>): Promise<ChildProcess>;
  /** Like start, but hands the process over at once, before its start-up (journal replay included) ends. */
  launch(extraEnv?: Record<string, string>): WorkerLaunch;
  /** Search requests the fake TheirStack has answered so far. */
  searches(): number;
}

/**
 * Worker processes for tests that kill them, against a fake TheirStack whose slow pages keep a
 * collection in flight long enough to kill it half-way. Call at the top level of a test file.
 */
export function useKillableWorkers(
  database: TestDatabase,
  testRedis: TestRedis,
  seed: number,
): KillableWorkers {
  const apiKey = `fake-theirstack-key-${seed}`;
  const children: ChildProcess[] = [];
  let fake: FakeTheirStackServer | undefined;
  let redis: Redis | undefined;
  beforeAll(async () => {
    fake = await startFakeTheirStackServer({
      apiKey,
      demo: { seed, jobCount: 2_000 },
      rateLimits: null,
      persistentFault: { type: 'delay', ms: 250 },
    });
    redis = new Redis(testRedis.url, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await fake?.stop();
    await redis?.quit();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('use the workers inside tests');
    return value;
  };
  return {
    apiKey,
    get fake() {
      return started(fake);
    },
    get redis() {
      return started(redis);
    },
    launch(extraEnv = {}) {
      const launched = launchWorkerProcess({
        MONGODB_URI: database.uri,
        REDIS_URL: testRedis.url,
        THEIR_STACK_API_KEY: apiKey,
        THEIR_STACK_BASE_URL: started(fake).url,
        MAX_JOBS_PER_SEARCH: '20',
        TEST_QUEUE_PREFIX: testRedis.prefix,
        LOG_LEVEL: 'silent',
        ...extraEnv,
      });
      children.push(launched.process);
      return launched;
    },
    async start(extraEnv = {}) {
      const { process, ready } = this.launch(extraEnv);
      await ready;
      return process;
    },
    searches() {
      return started(fake).requests.filter((request) => request.path === '/v1/jobs/search').length;
    },
  };
}
