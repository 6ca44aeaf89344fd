import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * An open load: requests arrive at random (Poisson) moments at a fixed mean rate, whatever the
 * server's answers do, over a fixed pool of keep-alive connections. Unlike autocannon's
 * `overallRate`, which gives each connection an equal share on its own timer (so 50 connections
 * fire in step and every burst queues behind itself), arrivals here are independent, as people
 * typing are. Each latency runs from the moment the request was due, not from when a free
 * connection sent it, so time spent waiting for a connection counts (no coordinated omission).
 */
export interface OpenLoopRun {
  url: string;
  headers: Record<string, string>;
  /** Request bodies sent in turn. */
  bodies: readonly string[];
  /** Mean arrivals per second over all connections. */
  rate: number;
  connections: number;
  durationSeconds: number;
}

export interface OpenLoopResult {
  sent: number;
  failed: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p99: number; max: number };
}

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = Buffer.concat(chunks).toString('utf8');
          resolve(response.statusCode === 200 && !answer.includes('"errors"'));
        });
      },
    );
    request.on('error', () => resolve(false));
    request.end(body);
  });
}

const percentile = (sorted: readonly number[], quantile: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;

export async function runOpenLoop(run: OpenLoopRun): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: run.connections });
  const url = new URL(run.url);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failed = 0;
  const started = performance.now();
  const end = started + run.durationSeconds * 1000;
  let due = started;
  for (let sent = 0; ; sent++) {
    due += (-Math.log(1 - Math.random()) / run.rate) * 1000;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const dueAt = due;
    const body = run.bodies[sent % run.bodies.length] as string;
    pending.push(
      post(agent, url, run.headers, body).then((ok) => {
        latencies.push(performance.now() - dueAt);
        if (!ok) failed += 1;
      }),
    );
  }
  await Promise.all(pending);
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((sum, value) => sum + value, 0) / (latencies.length || 1);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    sent: latencies.length,
    failed,
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    latencyMs: {
      mean: round(mean),
      p50: round(percentile(latencies, 0.5)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? 0),
    },
  };
}
