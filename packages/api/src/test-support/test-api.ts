import {
  type AppConfig,
  type CleanupQueue,
  type CollectionQueue,
  createCleanupQueue,
  createCollectionQueue,
  createLogger,
  type DestinationStream,
  loadConfig,
  loadLearningResourceCatalog,
  loadProjectCatalog,
} from '@career-navigator/domain';
import {
  captureReceivedErrors,
  createTestLogger,
  recordSecret,
  type TestDatabase,
  useTestDatabase,
  useTestRedis,
} from '@career-navigator/testkit';
import { ClientError, GraphQLClient } from 'graphql-request';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import type { QueryLimits } from '../graphql/index.js';
import { type ApiServer, createApiServer, type ThrottleSettings } from '../http/index.js';

export const TEST_JWT_SECRET = 'api-e2e-test-secret-that-is-long-enough-0123456789';
/** Long enough for production's rule, so tests may run the API in production mode. */
export const TEST_PASSWORD_PEPPER = 'api-e2e-test-pepper-that-is-long-enough-9876543210';
export const ADMIN_EMAIL = 'admin@example.com';
/** Meets the password policy; tests that need another say so. */
export const STRONG_PASSWORD = 'Correct-Horse-42';

const LIFTED_THROTTLES: Partial<ThrottleSettings> = {
  registrations: { limit: 1_000, windowSeconds: 60 },
  extraction: { limit: 1_000, windowSeconds: 60 },
  operationCost: { limit: 100_000_000, windowSeconds: 60 },
};

export interface TestApiOptions {
  /** Points the throttle/readiness Redis client here instead of the test Redis (a dead port, say). */
  requestRedisUrl?: string;
  /** Points the BullMQ queue's connection here instead of the test Redis. */
  queueRedisUrl?: string;
  schedulingTimeoutMs?: number;
  queryLimits?: QueryLimits;
  /** Where the API's log lines go (LOG_LEVEL in `env` sets the level); the run's log capture by default. */
  logDestination?: DestinationStream;
  /**
   * Limits of the request throttles. Tests send everything from one address, so registrations,
   * extraction and the cost budget are lifted unless a test sets them; login keeps production's.
   */
  throttles?: Partial<ThrottleSettings>;
  /** Express's `trust proxy`, for tests that send X-Forwarded-For to speak from many client IPs. */
  trustProxy?: boolean;
  /** Extra environment for loadConfig; a function is called when the API starts (for values known only then). */
  env?: Record<string, string> | (() => Record<string, string>);
  /** The built web client to serve at `/`. */
  webAppDirectory?: string;
}

export interface TestApi {
  readonly database: TestDatabase;
  readonly config: AppConfig;
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  readonly endpoint: string;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly queue: CollectionQueue;
  readonly redisPrefix: string;
  /** A graphql-request client, signed in when given a token. */
  client(token?: string, headers?: Record<string, string>): GraphQLClient;
}

const SECRET_FIELDS = new Set([
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
]);

/** Hands every credential a test sends or receives to the log audit, which looks for it in the logs. */
function recordSecretsIn(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && SECRET_FIELDS.has(key)) recordSecret(field);
    else recordSecretsIn(field);
  }
}

/** A client that gives up at once, so a test against a dead port fails fast instead of retrying. */
function failFastRedis(url: string): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The refused connection is the point of such a test, not noise for its output.
  redis.on('error', () => {});
  return redis;
}

/**
 * Starts the real API on a free port for the calling test file, over a fresh
 * database and a Redis key prefix of its own; stops everything afterwards.
 * Call at the top level of a test file.
 */
export function useTestApi(options: TestApiOptions = {}): TestApi {
  const database = useTestDatabase();
  const testRedis = useTestRedis();
  let started:
    | {
        server: ApiServer;
        config: AppConfig;
        origin: string;
        queue: CollectionQueue;
        cleanupQueue: CleanupQueue;
        connections: Redis[];
      }
    | undefined;

  beforeAll(async () => {
    recordSecret(TEST_JWT_SECRET);
    recordSecret(TEST_PASSWORD_PEPPER);
    const config = loadConfig({
      NODE_ENV: 'test',
      MONGODB_URI: database.uri,
      REDIS_URL: testRedis.url,
      JWT_SECRET_KEY: TEST_JWT_SECRET,
      PASSWORD_PEPPER: TEST_PASSWORD_PEPPER,
      ADMIN_EMAILS: ADMIN_EMAIL,
      LOG_LEVEL: 'silent',
      ...(typeof options.env === 'function' ? options.env() : options.env),
    });
    const redis = options.requestRedisUrl
      ? failFastRedis(options.requestRedisUrl)
      : new Redis(testRedis.url, { maxRetriesPerRequest: 1 });
    const queueConnection = options.queueRedisUrl
      ? failFastRedis(options.queueRedisUrl)
      : new Redis(testRedis.url, { maxRetriesPerRequest: null });
    const queue = createCollectionQueue(queueConnection, { prefix: testRedis.prefix });
    const cleanupQueue = createCleanupQueue(queueConnection, { prefix: testRedis.prefix });
    const server = await createApiServer({
      config,
      logger: options.logDestination
        ? createLogger({ level: config.logLevel, name: 'api-test' }, options.logDestination)
        : createTestLogger('api-test'),
      redis,
      collectionQueue: queue,
      cleanupQueue,
      catalogs: { learningResources: loadLearningResourceCatalog(), projects: loadProjectCatalog() },
      passwordHashing: { bcryptCost: 4 },
      throttles: { ...LIFTED_THROTTLES, ...options.throttles },
      throttleKeyPrefix: testRedis.prefix,
      ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
      userVersions: { keyPrefix: testRedis.prefix },
      ...(options.schedulingTimeoutMs ? { schedulingTimeoutMs: options.schedulingTimeoutMs } : {}),
      ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
      ...(options.webAppDirectory ? { webAppDirectory: options.webAppDirectory } : {}),
      // Tests seed postings in this process and ask the API at once: no stale stamp may hide them.
      windowTotals: { stalenessMs: 0 },
    });
    const { port } = await server.start(0, '127.0.0.1');
    started = {
      server,
      config,
      origin: `http://127.0.0.1:${port}`,
      queue,
      cleanupQueue,
      connections: [redis, queueConnection],
    };
  });

  afterAll(async () => {
    if (!started) return;
    await started.server.stop();
    await Promise.all([started.queue.close(), started.cleanupQueue.close()]);
    for (const connection of started.connections) connection.disconnect();
  });

  const current = () => {
    if (!started) throw new Error('the test API is not started yet (use it inside tests or beforeAll)');
    return started;
  };

  return {
    database,
    redisPrefix: testRedis.prefix,
    get config() {
      return current().config;
    },
    get origin() {
      return current().origin;
    },
    get endpoint() {
      return `${current().origin}/graphql`;
    },
    get queue() {
      return current().queue;
    },
    client(token, headers = {}) {
      return new GraphQLClient(`${current().origin}/graphql`, {
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        requestMiddleware: (request) => {
          recordSecretsIn(request.variables);
          return request;
        },
        responseMiddleware: (response) => {
          if (response instanceof ClientError) captureReceivedErrors(response.response.errors);
          else if (!(response instanceof Error)) recordSecretsIn(response.data);
        },
      });
    },
  };
}
