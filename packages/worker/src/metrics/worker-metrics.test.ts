import { createLogger, loadConfig } from '@career-navigator/domain/internal';
import { metricValue, type PrometheusSample, parsePrometheusText } from '@career-navigator/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectToEnd } from '../test-support/worker-harness.js';
import { useWorkerServices } from '../test-support/worker-services.js';
import { createWorkerApp, type WorkerApp } from '../worker-app.js';

const services = useWorkerServices({ market: { demo: { seed: 11, jobCount: 300 } } });
let app: WorkerApp;

beforeAll(async () => {
  app = createWorkerApp({
    config: loadConfig(services.env({ MAX_JOBS_PER_SEARCH: '25', WORKER_METRICS_PORT: '0' })),
    logger: createLogger({ name: 'worker-metrics-test', level: 'silent' }),
    redis: services.redis,
    prefix: services.testRedis.prefix,
    collectWhenEmpty: false,
  });
  await app.start();
});

afterAll(async () => {
  await app.stop();
});

async function scrape(): Promise<PrometheusSample[]> {
  const response = await fetch(`http://127.0.0.1:${app.metricsPort}/metrics`);
  expect(response.status).toBe(200);
  return parsePrometheusText(await response.text());
}

describe('the worker on WORKER_METRICS_PORT', () => {
  it('serves GET /metrics only', async () => {
    expect(app.metricsPort).toEqual(expect.any(Number));
    expect((await fetch(`http://127.0.0.1:${app.metricsPort}/other`)).status).toBe(404);
  });

  it('counts the job, its duration, the postings, the TheirStack requests and credits after a collection', async () => {
    const before = await scrape();
    services.fake.reset();
    const run = await collectToEnd(app.queues.collection, { roles: ['Data Engineer'], perRoleLimit: 100 });
    expect(run.state).toBe('COMPLETED');
    const [result] = run.results;
    // The completed event reaches the counter just after the run is marked finished.
    await expect
      .poll(async () => metricValue(await scrape(), 'jobs_completed_total', { queue: 'collection' }))
      .toBe(metricValue(before, 'jobs_completed_total', { queue: 'collection' }) + 1);
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) =>
      metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(moved('job_duration_seconds_count', { queue: 'collection', outcome: 'completed' })).toBe(1);
    expect(moved('jobs_failed_total', { queue: 'collection' })).toBe(0);
    expect(moved('postings_ingested_total', { outcome: 'new' })).toBe(result?.jobsNew);
    const searches = services.fake.requests.filter((request) => request.path === '/v1/jobs/search');
    expect(moved('theirstack_requests_total', { status: '200' })).toBe(
      searches.filter((request) => request.status === 200).length,
    );
    expect(moved('theirstack_credits_used_total')).toBe(result?.creditsUsed);
    expect(
      metricValue(after, 'queue_jobs', { queue: 'collection', state: 'completed' }),
    ).toBeGreaterThanOrEqual(1);
    expect(after.some((sample) => sample.name === 'queue_jobs' && sample.labels.queue === 'cleanup')).toBe(
      true,
    );
  });
});
