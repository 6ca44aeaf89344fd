import type { ChildProcess } from 'node:child_process';
import { type CollectionQueue, createCollectionQueue } from '@career-navigator/domain/internal';
import type { FakeTheirStackServer } from '@career-navigator/testkit';
import type { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { launchWorkerProcess, type WorkerLaunch } from './worker-harness.js';
import { useWorkerServices, type WorkerServices } from './worker-services.js';

export interface KillableWorkers {
  readonly services: WorkerServices;
  readonly fake: FakeTheirStackServer;
  readonly redis: Redis;
  readonly apiKey: string;
  /** Starts a worker process (killed after the file's tests), with extra environment if given. */
  start(extraEnv?: Record<string, string>): Promise<ChildProcess>;
  /** Like start, but hands the process over at once, before its start-up (journal replay included) ends. */
  launch(extraEnv?: Record<string, string>): WorkerLaunch;
  /** Search requests the fake TheirStack has answered so far. */
  searches(): number;
  /** A collection queue under the workers' queue prefix, or `prefix`; closed after the file's tests. */
  collectionQueue(prefix?: string): CollectionQueue;
}

/**
 * Worker processes for tests that kill them, against a fake TheirStack whose slow pages keep a
 * collection in flight long enough to kill it half-way. Call at the top level of a test file.
 */
export function useKillableWorkers(seed: number): KillableWorkers {
  const services = useWorkerServices({
    market: { demo: { seed, jobCount: 2_000 }, persistentFault: { type: 'delay', ms: 250 } },
  });
  const children: ChildProcess[] = [];
  const queues: CollectionQueue[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(queues.map((queue) => queue.close()));
  });
  return {
    services,
    apiKey: services.apiKey,
    get fake() {
      return services.fake;
    },
    get redis() {
      return services.redis;
    },
    launch(extraEnv = {}) {
      const launched = launchWorkerProcess(
        services.env({
          MAX_JOBS_PER_SEARCH: '20',
          TEST_QUEUE_PREFIX: services.testRedis.prefix,
          LOG_LEVEL: 'silent',
          ...extraEnv,
        }),
      );
      children.push(launched.process);
      return launched;
    },
    async start(extraEnv = {}) {
      const { process, ready } = this.launch(extraEnv);
      await ready;
      return process;
    },
    searches() {
      return services.fake.requests.filter((request) => request.path === '/v1/jobs/search').length;
    },
    collectionQueue(prefix = services.testRedis.prefix) {
      const queue = createCollectionQueue(services.redis, { prefix });
      queues.push(queue);
      return queue;
    },
  };
}
