import {
  type FakeTheirStackServer,
  type FakeTheirStackServerOptions,
  startFakeTheirStackServer,
  type TestDatabase,
  type TestRedis,
  useTestDatabase,
  useTestRedis,
} from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

export interface WorkerServices {
  readonly database: TestDatabase;
  readonly testRedis: TestRedis;
  /** A connection BullMQ can block on (maxRetriesPerRequest: null), open during the file's tests. */
  readonly redis: Redis;
  /** The fake TheirStack, when one was asked for. */
  readonly fake: FakeTheirStackServer;
  readonly apiKey: string;
  /** A worker's environment: the database, Redis and, with a market, the fake TheirStack and its key. */
  env(extra?: Record<string, string>): Record<string, string>;
}

/**
 * What a worker under test talks to: a database and Redis of the file's own, a Redis
 * connection, and with `market` a fake TheirStack (rate limits off unless given), started
 * before the file's tests and stopped after them. Call at the top level of a test file.
 */
export function useWorkerServices(
  options: { market?: Omit<FakeTheirStackServerOptions, 'apiKey'> } = {},
): WorkerServices {
  const database = useTestDatabase();
  const testRedis = useTestRedis();
  const market = options.market;
  const apiKey = 'fake-theirstack-key';
  let fake: FakeTheirStackServer | undefined;
  let redis: Redis | undefined;
  beforeAll(async () => {
    if (market) fake = await startFakeTheirStackServer({ rateLimits: null, ...market, apiKey });
    redis = new Redis(testRedis.url, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await fake?.stop();
    await redis?.quit();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is there inside tests and hooks only`);
    return value;
  };
  return {
    database,
    testRedis,
    apiKey,
    get redis() {
      return started(redis, 'the Redis connection');
    },
    get fake() {
      return started(fake, 'the fake TheirStack (ask for a market)');
    },
    env(extra = {}) {
      return {
        MONGODB_URI: database.uri,
        REDIS_URL: testRedis.url,
        ...(fake ? { THEIR_STACK_API_KEY: apiKey, THEIR_STACK_BASE_URL: fake.url } : {}),
        ...extra,
      };
    },
  };
}
