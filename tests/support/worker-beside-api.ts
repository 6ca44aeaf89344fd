import { type AppConfig, createLogger } from '@career-navigator/domain';
import { Redis } from 'ioredis';
import { createWorkerApp, type WorkerApp } from '../../packages/worker/src/worker-app.js';

export interface WorkerBesideApi {
  worker: WorkerApp;
  stop(): Promise<void>;
}

/**
 * The worker app in this process, on a test API's database, Redis and queue prefix: it collects what
 * the API queues (and nothing on its own at start), with the source the API's config chooses.
 */
export async function startWorkerBesideApi(
  api: { config: AppConfig; redisPrefix: string },
  loggerName: string,
): Promise<WorkerBesideApi> {
  const redis = new Redis(api.config.redisUrl, { maxRetriesPerRequest: null });
  const worker = createWorkerApp({
    config: api.config,
    logger: createLogger({ name: loggerName, level: 'silent' }),
    redis,
    prefix: api.redisPrefix,
    collectWhenEmpty: false,
  });
  await worker.start();
  return {
    worker,
    async stop() {
      await worker.stop();
      redis.disconnect();
    },
  };
}
