/**
 * skills(search) autocomplete latency through the built API (production mode, its own process)
 * over a 10,000-posting market, so skills are ranked by real demand.
 *
 * Every request is one keystroke of a few common searches ("k", "ku", ... "kubernetes"), in turn.
 * Three loads, 50 connections each, 10 s after a 2 s warm-up:
 * - health and skills(search) as fast as answers come (closed loop, autocannon): the throughput
 *   ceiling. Latency there is set by queueing, not by the work: with 50 requests always in flight,
 *   mean latency = 50 / throughput (Little's law), whatever the query.
 * - skills(search) at typing rates (open loop, Poisson arrivals; bench/open-loop-load.ts): 250/s is
 *   50 people each typing 5 keys a second with no debounce; 500/s doubles it. This is the latency a
 *   user feels; the target is p99 <= 20 ms.
 *
 * Run after `pnpm build`: npx tsx bench/autocomplete-latency.bench.ts
 */
import type { ChildProcess } from 'node:child_process';
import { startServices } from '../tools/services/dev-services.mjs';
import { domain, postBodies, productionApiEnv, startSeededApi, stopProcess } from './api-bench-support.js';
import { runOpenLoop } from './open-loop-load.js';
import { SKILL_SEARCH, TYPED_SEARCHES } from './typed-searches.js';

const POSTINGS = 10_000;
const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const TYPING_RATES = [250, 500];

const searchBodies = TYPED_SEARCHES.map((search) =>
  JSON.stringify({ query: SKILL_SEARCH, variables: { search } }),
);
const healthBody = JSON.stringify({ query: '{ health { status } }' });
const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

async function seed(): Promise<void> {
  const seeding = performance.now();
  const now = new Date();
  const jobs = domain.generateDemoJobs({
    seed: 20_261_202,
    jobCount: POSTINGS,
    windowDays: 30,
    clock: domain.fixedClock(now),
  });
  const skills = new domain.SkillNormalizer();
  const postings = jobs.flatMap((job) => {
    const posting = domain.mapTheirStackJob(job, {
      role: job.job_title,
      searchLocation: '',
      source: 'demo',
      seenAt: now,
      skills,
    });
    return posting ? [posting] : [];
  });
  await domain.importPostings(postings, { clock: domain.systemClock });
  await domain.recomputeRollups();
  console.error(`seeded ${POSTINGS} postings in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
}

interface Row {
  load: string;
  requestsPerSecond: number;
  meanMs: number;
  p50Ms?: number;
  p99Ms: number;
  maxMs?: number;
  failed: number;
}

async function closedLoop(load: string, endpoint: string, bodies: readonly string[]): Promise<Row> {
  const run = { endpoint, headers, bodies, connections: CONNECTIONS };
  await postBodies({ ...run, duration: WARM_UP_SECONDS });
  const result = await postBodies({ ...run, duration: DURATION_SECONDS });
  return {
    load,
    requestsPerSecond: Math.round(result.requests.average),
    meanMs: result.latency.average,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function openLoop(rate: number, endpoint: string): Promise<Row> {
  const run = { url: endpoint, headers, bodies: searchBodies, rate, connections: CONNECTIONS };
  await runOpenLoop({ ...run, durationSeconds: WARM_UP_SECONDS });
  const result = await runOpenLoop({ ...run, durationSeconds: DURATION_SECONDS });
  return {
    load: `skills(search), typing: ${rate}/s Poisson arrivals`,
    requestsPerSecond: result.requestsPerSecond,
    meanMs: result.latencyMs.mean,
    p50Ms: result.latencyMs.p50,
    p99Ms: result.latencyMs.p99,
    maxMs: result.latencyMs.max,
    failed: result.failed,
  };
}

const services = await startServices({ env: { PATH: process.env.PATH ?? '' } });
const apiEnv = productionApiEnv(services, 'autocomplete_latency_bench', { loadFromOneAddress: true });
let apiProcess: ChildProcess | undefined;
try {
  const started = await startSeededApi(apiEnv, seed);
  apiProcess = started.child;
  const rows = [
    await closedLoop('health, as fast as answers come', started.endpoint, [healthBody]),
    await closedLoop('skills(search), as fast as answers come', started.endpoint, searchBodies),
  ];
  for (const rate of TYPING_RATES) rows.push(await openLoop(rate, started.endpoint));
  const cell = (value: number | undefined) => (value === undefined ? '' : String(value));
  console.log(
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per load after ${WARM_UP_SECONDS} s warm-up\n`,
  );
  console.log('| load | requests/s | mean ms | p50 ms | p99 ms | max ms | failed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.load} | ${row.requestsPerSecond} | ${row.meanMs} | ${cell(row.p50Ms)} | ${row.p99Ms} | ${cell(row.maxMs)} | ${row.failed} |`,
    );
  }
} finally {
  if (apiProcess) await stopProcess(apiProcess);
  await services.stop();
}
