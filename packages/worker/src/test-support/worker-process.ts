// A worker process for tests that need a real process (SIGKILL, several
// processes): the production app with short job locks so a killed worker's
// job is taken over within seconds.
import 'reflect-metadata';
import { connectDatabase, createLogger, loadConfig } from '@career-navigator/domain';
import { Redis } from 'ioredis';
import { createWorkerApp } from '../worker-app.js';

const config = loadConfig();
const logger = createLogger({ name: 'worker-test-process', level: 'warn' });
await connectDatabase(config.mongodbUri);
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
const app = createWorkerApp({
  config,
  logger,
  redis,
  prefix: process.env.TEST_QUEUE_PREFIX,
  lockDurationMs: 2_000,
  stalledIntervalMs: 1_000,
  // A killed worker's replacement waits this long for its hold on ingestion, not the default 15 s.
  ingestionLeaseMs: 5_000,
  collectWhenEmpty: false,
});
await app.start();
process.stdout.write('WORKER READY\n');
