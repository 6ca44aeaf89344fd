import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { answersHealth, freePort, waitUntil } from '@career-navigator/testkit';
import type * as ApiPackage from '../packages/api/src/index.js';
import type * as DomainPackage from '../packages/domain/src/internal.js';
import { API_HEAP_FLAGS } from '../scripts/process-heap.mjs';
import { startServices } from '../tools/services/dev-services.mjs';

// The built packages, not the sources: the API benchmarks measure what production runs. Loaded by
// a computed path so that type-checking the repository never depends on a build being present.
const distOf = (name: string, entry = 'index') =>
  new URL(`../packages/${name}/dist/${entry}.js`, import.meta.url).href;
// Benchmarks seed and inspect stores: the domain's internal entry (a superset of the public one).
export const domain = (await import(distOf('domain', 'internal'))) as typeof DomainPackage;
export const api = (await import(distOf('api'))) as typeof ApiPackage;

// ioredis and autocannon are resolved where they are installed.
const fromApiPackage = createRequire(new URL('../packages/api/package.json', import.meta.url));
type RedisClient = ApiPackage.ApiServerOptions['redis'];
export const { Redis } = fromApiPackage('ioredis') as {
  Redis: new (url: string, options: { maxRetriesPerRequest: number | null }) => RedisClient;
};

/**
 * The environment of every benchmarked API: production settings on a database of the benchmark's own
 * (`databaseName`) beside the dev services, logging off. `loadFromOneAddress`: every request of the
 * load comes from this machine's one address, so the per-IP operation budget is lifted. Its leases are
 * still reserved in Redis, but a lease is 1 % of the limit, so one covers the whole run; clients from
 * their own addresses at the default limit would reserve one per ~48 autocomplete requests each.
 */
export function productionApiEnv(
  services: { mongodbUri: string; redisUrl: string },
  databaseName: string,
  { loadFromOneAddress = false } = {},
): Record<string, string> & { MONGODB_URI: string } {
  return {
    NODE_ENV: 'production',
    JWT_SECRET_KEY: 'benchmark-secret-that-is-at-least-32-bytes-long',
    PASSWORD_PEPPER: 'benchmark-pepper-that-is-at-least-32-bytes-long',
    MONGODB_URI: services.mongodbUri.replace(/\/[^/]*$/, `/${databaseName}`),
    REDIS_URL: services.redisUrl,
    LOG_LEVEL: 'silent',
    ...(loadFromOneAddress ? { OPERATION_COST_PER_IP_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) } : {}),
  };
}

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  method: 'POST';
  connections: number;
  duration: number;
  headers: Record<string, string>;
  body: string;
  /** Requests each connection sends in turn, in place of `body`. */
  requests?: { body: string }[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface BodiesRun {
  endpoint: string;
  headers: Record<string, string>;
  /** JSON request bodies, which each connection sends in turn. */
  bodies: readonly string[];
  connections: number;
  /** Seconds. */
  duration: number;
}

/** A closed-loop load: `connections` clients POSTing the bodies in turn, each as soon as its last is answered. */
export function postBodies(run: BodiesRun): Promise<AutocannonResult> {
  const { endpoint, headers, bodies, connections, duration } = run;
  return autocannon({
    url: endpoint,
    method: 'POST',
    connections,
    duration,
    headers,
    body: bodies[0] as string,
    ...(bodies.length > 1 ? { requests: bodies.map((body) => ({ body })) } : {}),
  });
}

export interface LoadRun {
  name: string;
  endpoint: string;
  headers: Record<string, string>;
  /** The JSON request body. */
  body: string;
  connections: number;
  duration: number;
}

/** One checked request first (a benchmark of error responses would measure nothing useful), then the load. */
export async function measureRequests(run: LoadRun): Promise<AutocannonResult> {
  const { name, endpoint, headers, body, connections, duration } = run;
  const check = (await (await fetch(endpoint, { method: 'POST', headers, body })).json()) as {
    errors?: unknown;
  };
  if (check.errors) throw new Error(`${name} failed: ${JSON.stringify(check.errors)}`);
  return postBodies({ endpoint, headers, bodies: [body], connections, duration });
}

export interface BenchApi {
  endpoint: string;
  config: DomainPackage.AppConfig;
  redis: InstanceType<typeof Redis>;
}

const UNLIMITED = { limit: Number.MAX_SAFE_INTEGER, windowSeconds: 60 };

export interface BenchApiOptions {
  databaseName: string;
  /** Runs once the database is connected, before the server starts: seeding. */
  prepare?: () => Promise<void>;
  server?: Partial<ApiPackage.ApiServerOptions>;
}

/**
 * The built API in production mode on a free loopback port, over its own dev database and
 * Redis (tools/services); everything is stopped when `work` ends.
 */
export async function withBenchApi(
  options: BenchApiOptions,
  work: (bench: BenchApi) => Promise<void>,
): Promise<void> {
  // Only PATH: MONGODB_URI or REDIS_URL from the shell must not point the benchmark elsewhere.
  const services = await startServices({ env: { PATH: process.env.PATH ?? '' } });
  const config = domain.loadConfig(productionApiEnv(services, options.databaseName));
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1 });
  const queueConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const queue = domain.createCollectionQueue(queueConnection);
  let server: ApiPackage.ApiServer | undefined;
  try {
    await domain.connectDatabase(config.mongodbUri);
    await options.prepare?.();
    server = await api.createApiServer({
      config,
      logger: domain.createLogger({ level: 'silent', name: 'bench' }),
      redis,
      collectionQueue: queue,
      catalogs: {
        learningResources: domain.loadLearningResourceCatalog(),
        projects: domain.loadProjectCatalog(),
      },
      ...options.server,
      // Every request comes from one address here; the budget is lifted (see productionApiEnv).
      throttles: { operationCost: UNLIMITED, ...options.server?.throttles },
    });
    const { port } = await server.start(0, '127.0.0.1');
    await work({ endpoint: `http://127.0.0.1:${port}/graphql`, config, redis });
  } finally {
    await server?.stop();
    await queue.close();
    redis.disconnect();
    queueConnection.disconnect();
    await domain.disconnectDatabase();
    await services.stop();
  }
}

/** The result table both API benchmarks print. */
export function printResults(results: readonly { name: string; result: AutocannonResult }[]): void {
  const baseline = results[0]?.result.requests.average ?? 1;
  console.log(`\nquery              req/s    mean ms   p99 ms   vs ${results[0]?.name ?? 'first'}   failed`);
  for (const { name, result } of results) {
    const failed = result.non2xx + result.errors + result.timeouts;
    console.log(
      `${name.padEnd(16)} ${result.requests.average.toFixed(0).padStart(7)} ${result.latency.average
        .toFixed(1)
        .padStart(10)} ${String(result.latency.p99).padStart(8)} ${(result.requests.average / baseline)
        .toFixed(2)
        .padStart(11)} ${String(failed).padStart(8)}`,
    );
  }
}

const API_MAIN = new URL('../packages/api/dist/main.js', import.meta.url);

/** The built API's main.js as its own process on a free port, once /health answers. */
export async function startApiProcess(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_HEAP_FLAGS, API_MAIN.pathname], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntil(
    'the API to answer /health',
    () => {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
      return answersHealth(origin);
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  return { child, endpoint: `${origin}/graphql` };
}

/**
 * startApiProcess over the benchmark's database, indexed and seeded by `seed` from this process
 * first; this process disconnects before the API starts, so the API is the only client measured.
 */
export async function startSeededApi(
  env: Record<string, string> & { MONGODB_URI: string },
  seed: () => Promise<void>,
): Promise<{ child: ChildProcess; endpoint: string }> {
  await domain.connectDatabase(env.MONGODB_URI);
  await domain.ensureIndexes();
  await seed();
  await domain.disconnectDatabase();
  return startApiProcess(env);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
