import 'reflect-metadata';
import {
  connectDatabase,
  createLogger,
  disconnectDatabase,
  ensureIndexes,
  loadConfigOrExit,
  stopOnSignals,
} from '@career-navigator/domain';
import { Redis } from 'ioredis';
import { startHeartbeat } from './heartbeat.js';
import { createWorkerApp } from './worker-app.js';

/**
 * After a shutdown signal, how long the job in progress may run before the process exits anyway;
 * BullMQ then sees the job as stalled and another worker takes it over.
 */
const SHUTDOWN_GRACE_MS = 45_000;

const config = loadConfigOrExit();
const logger = createLogger({ name: 'worker', level: config.logLevel });

async function main(): Promise<void> {
  await connectDatabase(config.mongodbUri, { logger });
  await ensureIndexes();
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const app = createWorkerApp({ config, logger, redis });
  stopOnSignals({
    logger,
    graceMs: SHUTDOWN_GRACE_MS,
    messages: {
      stopping: 'stopping: letting the job in progress finish',
      overdue: 'the job in progress did not finish in time; exiting',
      stopped: 'worker stopped',
    },
    async stop() {
      await app.stop();
      await redis.quit();
      await disconnectDatabase();
    },
  });
  await app.start();
  startHeartbeat(redis, logger);
  logger.info({ source: app.source }, 'worker started');
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker failed to start');
  process.exit(1);
});
