import {
  type AppConfig,
  COLLECTION_QUEUE,
  createLogger,
  loadConfig,
  normalizeRole,
  verifyRollups,
} from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectToEnd } from './test-support/worker-harness.js';
import { useWorkerServices } from './test-support/worker-services.js';
import { createWorkerApp, type WorkerApp } from './worker-app.js';

const services = useWorkerServices({ market: { demo: { seed: 7, jobCount: 1_500 } } });
const { testRedis } = services;
const logger = createLogger({ name: 'worker-test', level: 'silent' });
const PAGE_SIZE = 25;
const workerEnv = (extra: Record<string, string> = {}) =>
  services.env({ MAX_JOBS_PER_SEARCH: String(PAGE_SIZE), ...extra });

let config: AppConfig;

beforeAll(() => {
  // Valid for cron-parser 5 but not for the parser BullMQ schedules with.
  config = loadConfig(workerEnv({ JOB_COLLECTION_SCHEDULE: 'H 2 * * *' }));
});

function searchBodies(): { offset: number; limit: number; job_title_or: string[] }[] {
  return services.fake.requests
    .filter((request) => request.path === '/v1/jobs/search' && request.status === 200)
    .map((request) => request.body as { offset: number; limit: number; job_title_or: string[] })
    .filter((body) => !('blur_company_data' in body));
}

describe('worker collection', () => {
  let app: WorkerApp;

  beforeAll(async () => {
    app = createWorkerApp({
      config,
      logger,
      redis: services.redis,
      prefix: testRedis.prefix,
      collectWhenEmpty: false,
    });
    await app.start();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('fetches the first page first, pages on without gaps, stops on a short page, and counts new versus updated postings', async () => {
    services.fake.reset();
    const request = { roles: ['Data Scientist'], perRoleLimit: 1_000 };
    const first = await collectToEnd(app.queues.collection, request);
    expect(first.state).toBe('COMPLETED');
    const bodies = searchBodies();
    // Page 0 (offset 0) first, then each page where the previous one ended.
    expect(bodies.map((body) => body.offset)).toEqual(bodies.map((_, index) => index * PAGE_SIZE));
    const [result] = first.results;
    expect(result?.pagesFetched).toBe(bodies.length);
    // Every page but the last was full; the last one was short and ended the role.
    expect(result?.jobsNew).toBeGreaterThan(PAGE_SIZE);
    expect(result?.jobsNew).toBeLessThan(bodies.length * PAGE_SIZE);
    expect(result?.creditsUsed).toBe(result?.jobsNew);
    expect(
      await storedCollection('job_postings').countDocuments({ roles: normalizeRole('Data Scientist') }),
    ).toBe(result?.jobsNew);

    const second = await collectToEnd(app.queues.collection, request);
    expect(second.results[0]).toMatchObject({ jobsNew: 0, jobsUpdated: result?.jobsNew });
    expect((await verifyRollups()).consistent).toBe(true);
  });

  it('fails a run cleanly when TheirStack refuses the key', async () => {
    services.fake.enqueueFaults({ type: 'status', status: 401, title: 'Unauthorized' });
    const finished = await collectToEnd(app.queues.collection, {
      roles: ['Product Manager'],
      maxAgeDays: 7,
      perRoleLimit: 10,
    });
    expect(finished.state).toBe('FAILED');
    expect(finished.error).toMatch(/refused the API key/);
  });

  it('stops a role gracefully when the daily credit budget is spent', async () => {
    const tight = loadConfig({ ...process.env, ...workerEnv(), THEIR_STACK_DAILY_CREDIT_BUDGET: '1' });
    const budgetApp = createWorkerApp({
      config: tight,
      logger,
      redis: services.redis,
      prefix: `${testRedis.prefix}-budget`,
      collectWhenEmpty: false,
    });
    await budgetApp.start();
    try {
      const finished = await collectToEnd(budgetApp.queues.collection, {
        roles: ['DevOps Engineer'],
        perRoleLimit: 200,
      });
      expect(finished.state).toBe('COMPLETED');
      expect(finished.results[0]?.stoppedReason).toBe('daily credit budget spent');
    } finally {
      await budgetApp.stop();
    }
  });
});

describe('schedules', () => {
  it('are registered once however many workers start, with the fallback cron for a bad expression', async () => {
    const prefix = `${testRedis.prefix}-schedules`;
    const apps = [1, 2].map(() =>
      createWorkerApp({ config, logger, redis: services.redis, prefix, collectWhenEmpty: false }),
    );
    await Promise.all(apps.map((app) => app.start()));
    try {
      const queue = new Queue(COLLECTION_QUEUE, { connection: services.redis, prefix });
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toHaveLength(1);
      expect(schedulers[0]).toMatchObject({ key: 'daily-job-collection', pattern: '0 2 * * *' });
      const cleanup = await apps[0]?.queues.cleanup.getJobSchedulers();
      expect(cleanup?.map((scheduler) => scheduler.pattern)).toEqual(['0 3 * * 0']);
      await queue.close();
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  });
});
