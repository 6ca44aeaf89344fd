/**
 * GraphQL API throughput over 100,000 postings in the 30-day window: the
 * health query (the floor: HTTP + GraphQL, no store), me (authentication
 * alone), skillGapAnalysis, marketTrends, skills(search) autocomplete (as fast
 * as answers come) and roleProfile, each for 10 s with
 * 50 connections, on loopback only; then health again while 5 clients sign in
 * continuously ("logins"). BENCH_SCENARIOS='health,skills(search),logins'
 * runs only the scenarios named. The API runs as its own production process (the built
 * packages/api/dist/main.js), so its resident memory is measured alone.
 *
 * Run after `pnpm build`:  npx tsx bench/api-throughput.bench.ts
 * It starts its own dev database and Redis (tools/services), seeds them, and
 * removes everything when it ends. BENCH_DATA_DIR=<dir> keeps the database there
 * instead and reuses it on the next run: seeding 100,000 postings takes minutes
 * (25 on a loaded machine), so repeated runs measure the API only. The postings keep
 * the dates of the run that seeded them, which the run prints: reuse them the same day.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type * as DomainPackage from '../packages/domain/src/internal.js';
import { startServices } from '../tools/services/dev-services.mjs';
import {
  type AutocannonResult,
  domain,
  postBodies,
  productionApiEnv,
  startSeededApi,
  stopProcess,
} from './api-bench-support.js';
import { watchResidentMemory } from './bench-support.js';
import { SKILL_SEARCH, TYPED_SEARCHES } from './typed-searches.js';

const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 100_000);
const WINDOW_DAYS = 30;
const INSERT_BATCH = 5_000;
const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const SIGNING_IN_CLIENTS = 5;
const TARGET_ROLE = 'Backend Developer';
const PASSWORD = 'Bench-Password-1';

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Demo postings spread over the window, each under the demo role whose title it carries. */
function demoPostings(now: Date): DomainPackage.MappedPosting[] {
  const roleOfTitle = new Map(
    domain.DEMO_ROLES.flatMap((profile) => profile.titles.map((variant) => [variant.title, profile.role])),
  );
  const jobs = domain.generateDemoJobs({
    seed: 20_261_123,
    jobCount: POSTINGS,
    windowDays: WINDOW_DAYS,
    clock: domain.systemClock,
  });
  const skills = new domain.SkillNormalizer();
  return jobs.flatMap((job) => {
    const role = roleOfTitle.get(job.job_title) ?? job.job_title;
    const posting = domain.mapTheirStackJob(job, {
      role,
      searchLocation: '',
      source: 'demo',
      seenAt: now,
      skills,
    });
    return posting ? [posting] : [];
  });
}

async function seed(): Promise<void> {
  let started = performance.now();
  const postings = demoPostings(new Date());
  console.log(`generated ${postings.length} postings in ${seconds(started)}`);
  started = performance.now();
  for (let offset = 0; offset < postings.length; offset += INSERT_BATCH) {
    await domain.importPostings(postings.slice(offset, offset + INSERT_BATCH), { clock: domain.systemClock });
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
  /** Variables of requests sent in turn on each connection, in place of `variables`. */
  variantVariables?: Record<string, unknown>[];
}

/** Only these scenarios (comma-separated names), e.g. BENCH_SCENARIOS='health,skills(search)'. */
const ONLY_SCENARIOS = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim());

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
  // Autocomplete as fast as answers come, every keystroke of a few common searches in turn; its
  // latency at typing rates is bench/autocomplete-latency.bench.ts's.
  {
    name: 'skills(search)',
    query: SKILL_SEARCH,
    variantVariables: TYPED_SEARCHES.map((search) => ({ search })),
  },
  {
    name: 'roleProfile',
    query: `query Profile($role: String!) { roleProfile(role: $role) {
      totalPostingsAnalyzed skills { skill share band userHas } salary { p50Usd } remoteShare
      match { essentialHave essentialTotal } } }`,
    variables: { role: TARGET_ROLE },
  },
];

interface Measured {
  name: string;
  result: AutocannonResult;
  note?: string;
}

function headersFor(token: string | null): Record<string, string> {
  return {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

async function graphql<T>(endpoint: string, token: string | null, query: string, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: headersFor(token),
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The first, uncached market report at 100,000 postings reads 61 market-wide cells of about
 * 220 kB and can pass the 10 s operation deadline on a loaded machine
 * (bench/insights-latency.bench.ts measures that path); the sums go on and are cached, so the
 * check is repeated until it answers, a few times.
 */
async function checked(endpoint: string, token: string, query: string, variables: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await graphql(endpoint, token, query, variables);
    } catch (error) {
      if (attempt === 5 || !String(error).includes('did not finish within')) throw error;
      console.error(`a check passed the operation deadline (attempt ${attempt}); asking again`);
    }
  }
}

async function measure(endpoint: string, token: string, scenario: Scenario, duration: number) {
  const variants = scenario.variantVariables ?? [scenario.variables ?? {}];
  // One checked request of each kind first: a benchmark of error responses would measure nothing useful.
  for (const variables of variants) await checked(endpoint, token, scenario.query, variables);
  const bodies = variants.map((variables) => JSON.stringify({ query: scenario.query, variables }));
  return postBodies({ endpoint, headers: headersFor(token), bodies, connections: CONNECTIONS, duration });
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken } }`;

/**
 * Clients signing in one after the other with the right password until `stop` resolves. A sign-in
 * that passes the operation deadline (bcrypt cost 12 queued for the pool on a loaded machine) is
 * counted, not fatal: the row reports it instead of the run ending without a table.
 */
async function signInContinuously(
  endpoint: string,
  email: string,
  stop: Promise<void>,
): Promise<{ done: number; pastDeadline: number }> {
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  const counts = await Promise.all(
    Array.from({ length: SIGNING_IN_CLIENTS }, async () => {
      const count = { done: 0, pastDeadline: 0 };
      while (!stopped) {
        try {
          await graphql(endpoint, null, LOGIN, { email, password: PASSWORD });
          count.done += 1;
        } catch (error) {
          if (!String(error).includes('did not finish within')) throw error;
          count.pastDeadline += 1;
        }
      }
      return count;
    }),
  );
  return {
    done: counts.reduce((sum, count) => sum + count.done, 0),
    pastDeadline: counts.reduce((sum, count) => sum + count.pastDeadline, 0),
  };
}

/** The health query again while clients sign in continuously: what password hashing costs everyone else. */
async function healthWhileSigningIn(
  endpoint: string,
  token: string,
  email: string,
  alone: AutocannonResult | undefined,
): Promise<Measured> {
  const health = SCENARIOS[0] as Scenario;
  let finishLogins = () => {};
  const loginsStop = new Promise<void>((resolve) => {
    finishLogins = resolve;
  });
  const signingIn = signInContinuously(endpoint, email, loginsStop);
  await measure(endpoint, token, health, WARM_UP_SECONDS);
  const underLogins = await measure(endpoint, token, health, DURATION_SECONDS);
  finishLogins();
  const logins = await signingIn;
  return {
    name: `health, ${SIGNING_IN_CLIENTS} clients signing in`,
    result: underLogins,
    note: `${(logins.done / (DURATION_SECONDS + WARM_UP_SECONDS)).toFixed(1)} logins/s${logins.pastDeadline ? ` (${logins.pastDeadline} past the deadline)` : ''}; p99 ${(underLogins.latency.p99 / (alone?.latency.p99 || 1)).toFixed(2)}x health's`,
  };
}

const DATA_DIR = process.env.BENCH_DATA_DIR;
const seededStamp = DATA_DIR ? `${DATA_DIR}/api-throughput-seed.json` : undefined;

/** Seeds unless BENCH_DATA_DIR holds a database seeded with as many postings before. */
async function seedOnce(): Promise<void> {
  if (seededStamp && existsSync(seededStamp)) {
    const stamp = JSON.parse(readFileSync(seededStamp, 'utf8')) as { postings: number; seededAt: string };
    if (stamp.postings === POSTINGS) {
      console.log(`reusing ${POSTINGS} postings seeded at ${stamp.seededAt} in ${DATA_DIR}`);
      return;
    }
  }
  await seed();
  if (seededStamp) {
    writeFileSync(seededStamp, JSON.stringify({ postings: POSTINGS, seededAt: new Date().toISOString() }));
  }
}

const services = await startServices({
  env: { PATH: process.env.PATH ?? '' },
  ...(DATA_DIR ? { dataDir: DATA_DIR } : {}),
});
const apiEnv = productionApiEnv(services, 'api_throughput_bench', { loadFromOneAddress: true });
let apiProcess: ChildProcess | undefined;

try {
  const started = await startSeededApi(apiEnv, seedOnce);
  apiProcess = started.child;
  const { endpoint } = started;
  // A database kept from an earlier run already has that run's user.
  const email = `bench-${Date.now()}@example.com`;
  const { register } = await graphql<{ register: { accessToken: string } }>(
    endpoint,
    null,
    `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`,
    {
      input: {
        email,
        password: PASSWORD,
        fullName: 'Bench User',
        skills: ['python', 'sql', 'docker'],
        targetRoles: [TARGET_ROLE],
      },
    },
  );
  const token = register.accessToken;
  const memory = watchResidentMemory(apiProcess.pid as number);

  console.error(
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per query, after a ${WARM_UP_SECONDS} s warm-up`,
  );
  const results: Measured[] = [];
  const chosen = SCENARIOS.filter((scenario) => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(scenario.name));
  for (const scenario of chosen) {
    await measure(endpoint, token, scenario, WARM_UP_SECONDS);
    results.push({ name: scenario.name, result: await measure(endpoint, token, scenario, DURATION_SECONDS) });
  }
  if (!ONLY_SCENARIOS || ONLY_SCENARIOS.includes('logins')) {
    results.push(await healthWhileSigningIn(endpoint, token, email, results[0]?.result));
  }
  memory.stop();

  const baseline = results[0]?.result.requests.average ?? 1;
  console.log('| query | requests/s | mean ms | p99 ms | ratio to health | failed | note |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, result, note } of results) {
    const failed = result.non2xx + result.errors + result.timeouts;
    console.log(
      `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.average.toFixed(1)} | ${result.latency.p99} | ${(result.requests.average / baseline).toFixed(2)} | ${failed} | ${note ?? ''} |`,
    );
  }
  console.log(`| API peak resident memory | ${memory.peakMb()} MB | | | | | all of the above |`);
} finally {
  if (apiProcess) await stopProcess(apiProcess);
  await services.stop();
}
