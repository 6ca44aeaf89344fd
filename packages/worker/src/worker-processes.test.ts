import type { ChildProcess } from 'node:child_process';
import {
  COLLECTION_QUEUE,
  createLogger,
  loadConfig,
  normalizeRole,
  POPULAR_ROLES,
} from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnWorkerProcess } from './test-support/worker-harness.js';
import { useWorkerServices } from './test-support/worker-services.js';
import { createWorkerApp } from './worker-app.js';

const services = useWorkerServices();
const { testRedis } = services;
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

describe('worker processes', () => {
  it('register each scheduler once when two start together', async () => {
    const prefix = `${testRedis.prefix}-processes`;
    const env = services.env({ TEST_QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent' });
    children.push(...(await Promise.all([spawnWorkerProcess(env), spawnWorkerProcess(env)])));
    const { redis } = services;
    const collection = new Queue(COLLECTION_QUEUE, { connection: redis, prefix });
    const cleanup = new Queue('cleanup', { connection: redis, prefix });
    expect((await collection.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([
      'daily-job-collection',
    ]);
    expect((await cleanup.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([
      'weekly-job-cleanup',
    ]);
    await Promise.all([collection.close(), cleanup.close()]);
  }, 60_000);

  it('collects the popular roles from the demo market at start-up when the database is empty', async () => {
    const app = createWorkerApp({
      config: loadConfig(services.env()),
      logger: createLogger({ name: 'startup-test', level: 'silent' }),
      redis: services.redis,
      prefix: `${testRedis.prefix}-startup`,
    });
    expect(app.source).toBe('demo');
    await app.start();
    try {
      const deadline = Date.now() + 60_000;
      const keys = POPULAR_ROLES.map(normalizeRole);
      let covered: string[] = [];
      while (covered.length < keys.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        covered = (await storedCollection('job_postings').distinct('roles')).filter((role: string) =>
          keys.includes(role),
        );
      }
      expect(covered.sort()).toEqual([...keys].sort());
      expect(await storedCollection('job_postings').countDocuments({ source: { $ne: 'demo' } })).toBe(0);
    } finally {
      await app.stop();
    }
  }, 90_000);
});
