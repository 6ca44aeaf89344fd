/**
 * How fast the API refuses documents built to exhaust it, and how /health answers meanwhile:
 * each attack is sent one after another while a second client polls /health without pause.
 * Targets (issue 10): a 1,000-alias public document refused (QUERY_TOO_COMPLEX) in under 100 ms
 * with /health under 50 ms at p99 meanwhile; a 25-level fragment bomb refused in under 100 ms.
 *
 * Run after `pnpm build`:  npx tsx bench/attack-refusal.bench.ts
 * It starts its own dev database and Redis (tools/services) and stops them when it ends.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { aliasedCopies, fragmentBomb, MARKET_TRENDS_SELECTION } from '@career-navigator/testkit';
import { startServices } from '../tools/services/dev-services.mjs';
import { productionApiEnv, startApiProcess, stopProcess } from './api-bench-support.js';
import { round } from './bench-support.js';

const REFUSALS = 200;
const WARM_UP = 10;

const attacks = [
  { name: '1,000 aliased marketTrends', query: aliasedCopies(1_000, MARKET_TRENDS_SELECTION) },
  { name: '100 aliased marketTrends', query: aliasedCopies(100, MARKET_TRENDS_SELECTION) },
  { name: '100 aliased health', query: aliasedCopies(100, 'health { status }') },
  { name: '25-level fragment bomb', query: fragmentBomb(25) },
];

interface Quantiles {
  p50: number;
  p99: number;
  max: number;
}

function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: round(at(0.5), 1), p99: round(at(0.99), 1), max: round(sorted.at(-1) as number, 1) };
}

async function timed(
  request: () => Promise<Response>,
): Promise<{ ms: number; response: Response; text: string }> {
  const started = performance.now();
  const response = await request();
  const text = await response.text();
  return { ms: performance.now() - started, response, text };
}

/** Polls /health back to back until `stop` settles; returns each poll's latency. */
async function pollHealth(origin: string, stop: Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  while (!stopped) samples.push((await timed(() => fetch(`${origin}/health`))).ms);
  return samples;
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

// The API in its own process, as in production: /health latencies are then the server's, not this
// client's parsing of its own attack documents.
const services = await startServices({ env: { PATH: process.env.PATH ?? '' } });
const started = await startApiProcess(productionApiEnv(services, 'attack_refusal_bench'));
try {
  const { endpoint } = started;
  const origin = endpoint.replace(/\/graphql$/, '');
  const loadBefore = load();
  const idleHealth = quantiles(
    await pollHealth(origin, new Promise((resolve) => setTimeout(resolve, 2_000))),
  );
  const rows: { name: string; bytes: number; refusal: Quantiles; health: Quantiles }[] = [];
  for (const attack of attacks) {
    const body = JSON.stringify({ query: attack.query });
    const send = () =>
      timed(() => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    for (let i = 0; i < WARM_UP; i++) await send();
    const refusals: number[] = [];
    const run = (async () => {
      for (let i = 0; i < REFUSALS; i++) {
        const { ms, response, text } = await send();
        const code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
          ?.extensions?.code;
        if (response.status !== 400 || code !== 'QUERY_TOO_COMPLEX') {
          throw new Error(
            `${attack.name}: expected HTTP 400 QUERY_TOO_COMPLEX, got ${response.status} ${code}`,
          );
        }
        refusals.push(ms);
      }
    })();
    const health = await pollHealth(origin, run);
    await run;
    rows.push({
      name: attack.name,
      bytes: body.length,
      refusal: quantiles(refusals),
      health: quantiles(health),
    });
  }
  const cores = os.cpus().length;
  console.log(`${REFUSALS} refusals per attack, one at a time, /health polled back to back meanwhile`);
  console.log(`machine: ${cores} cores, load average (1/5/15 min) before ${loadBefore}, after ${load()}`);
  console.log(`/health alone: p50 ${idleHealth.p50} ms, p99 ${idleHealth.p99} ms\n`);
  console.log('attack                       body kB  refusal p50  p99    max   | /health p50  p99    max');
  for (const { name, bytes, refusal, health } of rows) {
    console.log(
      `${name.padEnd(28)} ${(bytes / 1_000).toFixed(1).padStart(7)}  ${String(refusal.p50).padStart(11)} ${String(refusal.p99).padStart(5)} ${String(refusal.max).padStart(6)}   | ${String(health.p50).padStart(11)} ${String(health.p99).padStart(5)} ${String(health.max).padStart(6)}`,
    );
  }
} finally {
  await stopProcess(started.child);
  await services.stop();
}
