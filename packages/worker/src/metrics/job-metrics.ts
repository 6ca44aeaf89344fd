import { metricsRegistry } from '@career-navigator/domain';
import type { Job, Queue, Worker } from 'bullmq';
import { Counter, Gauge, Histogram } from 'prom-client';

const completed = new Counter({
  name: 'jobs_completed_total',
  help: 'Jobs this worker finished successfully, by queue.',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
});

const failed = new Counter({
  name: 'jobs_failed_total',
  help: 'Job attempts that failed in this worker, by queue (a retried job counts once per failed attempt).',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'job_duration_seconds',
  help: 'Processing time of a job attempt, by queue and outcome.',
  labelNames: ['queue', 'outcome'] as const,
  buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800],
  registers: [metricsRegistry],
});

/** BullMQ's job states; a job is in exactly one. */
const QUEUE_STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'paused',
  'completed',
  'failed',
] as const;

/** The queues whose depths the next scrape reads (every started worker app adds its own). */
const observedQueues = new Set<Queue>();

new Gauge({
  name: 'queue_jobs',
  help: 'Jobs in each queue by state, read from Redis at scrape time (shared by all workers).',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const queue of observedQueues) {
      const counts = await queue.getJobCounts(...QUEUE_STATES);
      for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
    }
  },
});

function secondsSpent(job: Job | undefined): number | undefined {
  if (!job?.processedOn || !job.finishedOn) return undefined;
  return (job.finishedOn - job.processedOn) / 1_000;
}

/** Counts and times the jobs a BullMQ worker finishes. */
export function observeWorker(worker: Worker): void {
  worker.on('completed', (job) => {
    completed.inc({ queue: worker.name });
    const seconds = secondsSpent(job);
    if (seconds !== undefined) duration.observe({ queue: worker.name, outcome: 'completed' }, seconds);
  });
  worker.on('failed', (job) => {
    failed.inc({ queue: worker.name });
    const seconds = secondsSpent(job);
    if (seconds !== undefined) duration.observe({ queue: worker.name, outcome: 'failed' }, seconds);
  });
}

export function observeQueueDepths(queues: readonly Queue[]): () => void {
  for (const queue of queues) observedQueues.add(queue);
  return () => {
    for (const queue of queues) observedQueues.delete(queue);
  };
}
