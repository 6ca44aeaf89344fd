import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startServices } from '../tools/services/dev-services.mjs';

export interface LatencySummary {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/** Runs `operation` `warmup` times unmeasured, then `runs` times, and returns each run's latency in ms. */
export async function sampleLatencies(
  operation: () => Promise<unknown>,
  runs: number,
  warmup: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await operation();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  return samples;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] as number;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs: sorted.length };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Own dev database and Redis for the benchmark (or MONGODB_URI / REDIS_URL when set), stopped at the end. */
export async function withBenchServices<T>(
  work: (uris: { mongodbUri: string; redisUrl: string }) => Promise<T>,
): Promise<T> {
  const services = await startServices();
  try {
    return await work(services);
  } finally {
    await services.stop();
  }
}

export function databaseUri(baseUri: string, name: string): string {
  const url = new URL(baseUri);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Peak resident memory of a process, sampled from /proc every 100 ms until stopped. */
export function watchResidentMemory(pid: number): { peakMb: () => number; stop: () => void } {
  let peakKb = 0;
  let timer: NodeJS.Timeout | undefined;
  const sample = () => {
    // Once the process has exited (after a failure) there is nothing to sample, and the failure must show.
    if (!existsSync(`/proc/${pid}/status`)) return clearInterval(timer);
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    peakKb = Math.max(peakKb, Number(match?.[1] ?? 0));
  };
  sample();
  timer = setInterval(sample, 100);
  return { peakMb: () => Math.round(peakKb / 1024), stop: () => clearInterval(timer) };
}
