/**
 * GraphQL API throughput over 100,000 postings in the 30-day window: the
 * health query (the floor: HTTP + GraphQL, no store), me (authentication
 * alone), skillGapAnalysis and marketTrends, each for 10 s with 50
 * connections, on loopback only.
 *
 * Run after `pnpm build`:  npx tsx bench/api-throughput.bench.ts
 * It starts its own dev database and Redis (tools/services), seeds them, and
 * removes everything when it ends.
 */
import { createRequire } from 'node:module';
import type * as ApiPackage from '../packages/api/src/index.js';
import type * as DomainPackage from '../packages/domain/src/index.js';
import { startServices } from '../tools/services/dev-services.mjs';

const POSTINGS = 100_000;
const WINDOW_DAYS = 30;
const INSERT_BATCH = 5_000;
const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const WARM_UP_SECONDS = 2;
const TARGET_ROLE = 'Backend Developer';

// The built packages, not the sources: the benchmark measures what production runs. Loaded by a
// computed path so that type-checking the repository never depends on a build being present.
const distOf = (name: string) => new URL(`../packages/${name}/dist/index.js`, import.meta.url).href;
const domain = (await import(distOf('domain'))) as typeof DomainPackage;
const api = (await import(distOf('api'))) as typeof ApiPackage;

// ioredis and autocannon are resolved where they are installed.
const fromApiPackage = createRequire(new URL('../packages/api/package.json', import.meta.url));
type RedisClient = ApiPackage.ApiServerOptions['redis'];
const { Redis } = fromApiPackage('ioredis') as {
  Redis: new (url: string, options: { maxRetriesPerRequest: number | null }) => RedisClient;
};

interface AutocannonResult {
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
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Demo postings spread over the window, each under the demo role whose title it carries. */
function demoPostings(now: Date): DomainPackage.MappedPosting[] {
  const roleOfTitle = new Map(
    domain.DEMO_ROLES.flatMap((profile) => profile.titles.map((variant) => [variant.title, profile.role])),
  );
  const jobs = domain.generateDemoJobs({ seed: 20_261_123, jobCount: POSTINGS, windowDays: WINDOW_DAYS });
  return jobs.flatMap((job) => {
    const role = roleOfTitle.get(job.job_title) ?? job.job_title;
    const posting = domain.mapTheirStackJob(job, { role, searchLocation: '', source: 'demo', seenAt: now });
    return posting ? [posting] : [];
  });
}

async function seed(): Promise<void> {
  let started = performance.now();
  const postings = demoPostings(new Date());
  console.log(`generated ${postings.length} postings in ${seconds(started)}`);
  started = performance.now();
  for (let offset = 0; offset < postings.length; offset += INSERT_BATCH) {
    await domain.importPostings(postings.slice(offset, offset + INSERT_BATCH));
  }
  console.log(`inserted them in ${seconds(started)}`);
  started = performance.now();
  const { cells } = await domain.recomputeRollups();
  console.log(`recomputed ${cells} rollup cells in ${seconds(started)}`);
}

interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'health', query: '{ health { status app version } }' },
  // Not one of the three asked for: it isolates what authentication (a token check and one user read) costs.
  { name: 'me', query: '{ me { id email targetRoles } }' },
  {
    name: 'skillGapAnalysis',
    query: `query Gap($role: String!) { skillGapAnalysis(role: $role, days: 30) {
      role totalPostingsAnalyzed coveragePercentage skillMatchCount totalRequiredSkills missingSkills
      requiredSkills { skill displayName requiredPercentage userHas band } } }`,
    variables: { role: TARGET_ROLE },
  },
  {
    name: 'marketTrends',
    query: `{ marketTrends(days: 30, skillsLimit: 10) {
      totalJobsAnalyzed windowDays topSkills { skill count percentage growthPercentage }
      topLocations { location count } remoteDistribution { remote count percentage } } }`,
  },
];

async function measure(endpoint: string, token: string, scenario: Scenario, duration: number) {
  const headers = {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    authorization: `Bearer ${token}`,
  };
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
  // One checked request first: a benchmark of error responses would measure nothing useful.
  const check = (await (await fetch(endpoint, { method: 'POST', headers, body })).json()) as {
    errors?: unknown;
  };
  if (check.errors) throw new Error(`${scenario.name} failed: ${JSON.stringify(check.errors)}`);
  return autocannon({ url: endpoint, method: 'POST', connections: CONNECTIONS, duration, headers, body });
}

const services = await startServices({ env: {} });
const databaseUri = services.mongodbUri.replace(/\/[^/]*$/, '/api_throughput_bench');
const config = domain.loadConfig({
  NODE_ENV: 'production',
  JWT_SECRET_KEY: 'benchmark-secret-that-is-at-least-32-bytes-long',
  PASSWORD_PEPPER: 'benchmark-pepper-that-is-at-least-32-bytes-long',
  MONGODB_URI: databaseUri,
  REDIS_URL: services.redisUrl,
  LOG_LEVEL: 'silent',
});
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1 });
const queueConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
const queue = domain.createCollectionQueue(queueConnection);
let server: ApiPackage.ApiServer | undefined;

try {
  await domain.connectDatabase(config.mongodbUri);
  await domain.ensureIndexes();
  await seed();

  server = await api.createApiServer({
    config,
    logger: domain.createLogger({ level: 'silent', name: 'bench' }),
    redis,
    collectionQueue: queue,
    catalogs: {
      learningResources: domain.loadLearningResourceCatalog(),
      projects: domain.loadProjectCatalog(),
    },
  });
  const { port } = await server.start(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const account = await new domain.AccountService({
    config,
    throttle: new domain.LoginThrottle({ redis }),
    userVersions: new domain.UserVersions({ redis }),
  }).register({
    email: 'bench@example.com',
    password: 'Bench-Password-1',
    fullName: 'Bench User',
    skills: ['python', 'sql', 'docker'],
    targetRoles: [TARGET_ROLE],
  });
  const token = account.token.accessToken;

  console.log(
    `\n${CONNECTIONS} connections, ${DURATION_SECONDS} s per query, after a ${WARM_UP_SECONDS} s warm-up`,
  );
  const results: { name: string; result: AutocannonResult }[] = [];
  for (const scenario of SCENARIOS) {
    await measure(endpoint, token, scenario, WARM_UP_SECONDS);
    results.push({ name: scenario.name, result: await measure(endpoint, token, scenario, DURATION_SECONDS) });
  }
  const baseline = results[0]?.result.requests.average ?? 1;
  console.log('\nquery              req/s    mean ms   p99 ms   vs health   failed');
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
} finally {
  await server?.stop();
  await queue.close();
  redis.disconnect();
  queueConnection.disconnect();
  await domain.disconnectDatabase();
  await services.stop();
}
