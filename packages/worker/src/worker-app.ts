import {
  type AppConfig,
  CLEANUP_QUEUE,
  type CleanupJobData,
  type Clock,
  COLLECTION_QUEUE,
  type CollectionJobData,
  createCleanupQueue,
  createCollectionQueue,
  createDomain,
  type JobSource,
  type Logger,
  type PostingSource,
  recoverPendingIngestion,
  systemClock,
  upgradeRollupFormat,
} from '@career-navigator/domain';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { processCleanupJob } from './cleanup/index.js';
import { processCollectionJob } from './collection/index.js';
import {
  type MetricsServer,
  observeQueueDepths,
  observeWorker,
  startMetricsServer,
} from './metrics/index.js';
import { failRunOfExhaustedJob, failRunsWithoutLiveJobs } from './runs/index.js';
import { registerSchedules } from './schedules/index.js';
import { collectPopularRolesIfEmpty } from './startup/index.js';

export interface WorkerAppOptions {
  config: AppConfig;
  logger: Logger;
  /** A connection with maxRetriesPerRequest: null, as BullMQ workers require. */
  redis: Redis;
  /** BullMQ key prefix; tests isolate themselves with their own. */
  prefix?: string;
  clock?: Clock;
  /** Replaces the job source the config selects. */
  jobSource?: JobSource;
  /** How long an active job may go without a heartbeat before another worker takes it over. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** How long a killed worker's hold on ingestion keeps the others waiting (default 15 s). */
  ingestionLeaseMs?: number;
  /** Collect the popular roles at start-up when the database has no postings (default true). */
  collectWhenEmpty?: boolean;
}

export interface WorkerApp {
  readonly source: PostingSource;
  readonly queues: {
    collection: ReturnType<typeof createCollectionQueue>;
    cleanup: ReturnType<typeof createCleanupQueue>;
  };
  /** The port of GET /metrics once started, when WORKER_METRICS_PORT is set. */
  readonly metricsPort: number | undefined;
  start(): Promise<void>;
  /** Finishes the jobs in progress (up to BullMQ's close), then closes queues and workers. */
  stop(): Promise<void>;
}

export function createWorkerApp(options: WorkerAppOptions): WorkerApp {
  const { config, logger, redis } = options;
  const clock = options.clock ?? systemClock;
  const prefix = options.prefix ?? 'bull';
  const leaseMs = options.ingestionLeaseMs;
  const queues = {
    collection: createCollectionQueue(redis, { prefix }),
    cleanup: createCleanupQueue(redis, { prefix }),
  };
  const { collection } = createDomain({
    config,
    clock,
    logger,
    redis,
    keyPrefix: prefix,
    ...(options.jobSource ? { jobSource: options.jobSource } : {}),
    ingestionLeaseMs: leaseMs,
  });
  const { source } = collection;
  const workerOptions = {
    connection: redis,
    prefix,
    lockDuration: options.lockDurationMs ?? 60_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
    autorun: false,
  };
  const collectionWorker = new Worker<CollectionJobData>(
    COLLECTION_QUEUE,
    (job) => processCollectionJob(job, collection),
    { ...workerOptions, concurrency: 1 },
  );
  const runEndings = { collection, logger };
  collectionWorker.on('failed', (job, error) => {
    failRunOfExhaustedJob(job, error, runEndings).catch((caught: unknown) =>
      logger.error({ jobId: job?.id, err: caught }, 'could not mark the run of a failed job FAILED'),
    );
  });
  const workers = [
    collectionWorker,
    new Worker<CleanupJobData>(
      CLEANUP_QUEUE,
      (job) => processCleanupJob(job, { retentionDays: config.collection.retentionDays, clock, leaseMs }),
      { ...workerOptions, concurrency: 1 },
    ),
  ];
  for (const worker of workers) {
    observeWorker(worker);
    worker.on('failed', (job, error) =>
      logger.error(
        { queue: worker.name, jobId: job?.id, attempt: job?.attemptsMade, err: error },
        'job failed',
      ),
    );
    worker.on('completed', (job, result) =>
      logger.info({ queue: worker.name, jobId: job.id, result }, 'job completed'),
    );
    worker.on('error', (error) => logger.error({ queue: worker.name, err: error }, 'worker error'));
  }

  let metricsServer: MetricsServer | undefined;
  let stopObservingQueues: (() => void) | undefined;

  return {
    source,
    queues,
    get metricsPort() {
      return metricsServer?.port;
    },
    async start() {
      stopObservingQueues = observeQueueDepths([queues.collection, queues.cleanup]);
      if (config.metrics.workerPort !== undefined) {
        const settings = { isProduction: config.isProduction, token: config.metrics.token };
        metricsServer = await startMetricsServer(config.metrics.workerPort, settings, logger);
        logger.info({ port: metricsServer.port }, 'worker metrics on GET /metrics');
      }
      if (source === 'demo') {
        logger.warn(
          'THEIR_STACK_API_KEY is not set: collecting from the built-in demo job market (source=demo)',
        );
      }
      try {
        await recoverPendingIngestion({ leaseMs });
      } catch (error) {
        // The runs whose batches these were fail with the reason when their jobs are taken over.
        logger.error({ err: error }, 'pending ingestion batches could not be replayed at start-up');
      }
      if (await upgradeRollupFormat()) {
        logger.info('rollup cells were rebuilt in the current format');
      }
      await failRunsWithoutLiveJobs(queues.collection, runEndings);
      await registerSchedules(queues, {
        collectionSchedule: config.collection.schedule,
        retentionDays: config.collection.retentionDays,
        logger,
      });
      for (const worker of workers) void worker.run();
      await collection.probe();
      if (options.collectWhenEmpty ?? true) {
        await collectPopularRolesIfEmpty(queues.collection, collection, logger);
      }
    },
    async stop() {
      stopObservingQueues?.();
      await metricsServer?.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([queues.collection.close(), queues.cleanup.close()]);
    },
  };
}
