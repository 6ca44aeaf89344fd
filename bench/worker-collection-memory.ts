// The worker's resident memory while it collects: the built worker (packages/worker/dist/main.js,
// started with the heap settings its image uses) with TheirStack at the fake server. On its empty database it first
// collects the popular roles (start-up), then the run an admin requests here: the same roles and
// per-role limit as the collecting process. Its RSS is sampled from /proc every 100 ms throughout.
import { spawn } from 'node:child_process';
import { waitUntil } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { WORKER_HEAP_FLAGS } from '../scripts/process-heap.mjs';
import { domain, productionApiEnv } from './api-bench-support.js';
import { watchResidentMemory } from './bench-support.js';

const WORKER_MAIN = new URL('../packages/worker/dist/main.js', import.meta.url);

export interface WorkerCollectionMemory {
  /** Postings stored once both collections are done. */
  postings: number;
  /** How long the admin's run took, from its request to its end. */
  runSeconds: number;
  runState: string;
  peakRssMb: number;
}

type Queue = ReturnType<typeof domain.createCollectionQueue>;

async function queueIdle(queue: Queue): Promise<boolean> {
  // The daily scheduler keeps one delayed job at all times, so delayed jobs do not count.
  const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'completed', 'failed');
  const pending = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
  return pending === 0 && (counts.completed ?? 0) + (counts.failed ?? 0) > 0;
}

export async function measureWorkerCollection(options: {
  mongodbUri: string;
  redisUrl: string;
  databaseName: string;
  theirStackUrl: string;
  theirStackApiKey: string;
  perRoleLimit: number;
}): Promise<WorkerCollectionMemory> {
  // The API's production settings (secrets, logging off) serve the worker as well.
  const env = productionApiEnv(options, options.databaseName);
  const child = spawn(process.execPath, [...WORKER_HEAP_FLAGS, WORKER_MAIN.pathname], {
    env: {
      ...process.env,
      ...env,
      THEIR_STACK_API_KEY: options.theirStackApiKey,
      THEIR_STACK_BASE_URL: options.theirStackUrl,
      THEIR_STACK_DAILY_CREDIT_BUDGET: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const memory = watchResidentMemory(child.pid as number);
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = domain.createCollectionQueue(redis);
  const workerAlive = () => {
    if (child.exitCode !== null) throw new Error(`the worker exited with ${child.exitCode}`);
  };
  await domain.connectDatabase(env.MONGODB_URI);
  try {
    const longEnough = { timeoutMs: 30 * 60_000, intervalMs: 500 };
    await waitUntil(
      'the worker to collect the popular roles at start-up',
      () => {
        workerAlive();
        return queueIdle(queue);
      },
      longEnough,
    );
    const requested = Date.now();
    const run = await domain.requestCollectionRun(
      queue,
      { roles: [...domain.POPULAR_ROLES], locations: [], maxAgeDays: 30, perRoleLimit: options.perRoleLimit },
      'theirstack',
      'benchmark',
    );
    let runState = run.state as string;
    await waitUntil(
      "the worker to finish the admin's run",
      async () => {
        workerAlive();
        runState = (await domain.findCollectionRun(run.id))?.state ?? 'missing';
        return runState === 'COMPLETED' || runState === 'FAILED';
      },
      longEnough,
    );
    const runSeconds = (Date.now() - requested) / 1_000;
    const postings = await domain.countPostings();
    return { postings, runSeconds, runState, peakRssMb: memory.peakMb() };
  } finally {
    memory.stop();
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    await queue.close();
    redis.disconnect();
    await domain.disconnectDatabase();
  }
}
