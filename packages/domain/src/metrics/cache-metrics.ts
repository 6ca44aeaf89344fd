import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry.js';

export type CacheLookupResult = 'hit' | 'miss';

const lookups = new Counter({
  name: 'cache_lookups_total',
  help: 'Cache lookups by cache and result (hit or miss).',
  labelNames: ['cache', 'result'] as const,
  registers: [metricsRegistry],
});

/** Hits and misses per cache since start-up, for the ratio below. */
const tallies = new Map<string, { hits: number; misses: number }>();

new Gauge({
  name: 'cache_hit_ratio',
  help: 'Share of cache lookups answered from the cache since the process started, by cache.',
  labelNames: ['cache'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [cache, { hits, misses }] of tallies) this.set({ cache }, hits / (hits + misses));
  },
});

/**
 * Counts one lookup of a cache (the principal cache, the window-totals cache,
 * ...). Call it on every lookup; cache names are fixed strings, never keys.
 */
export function recordCacheLookup(cache: string, result: CacheLookupResult): void {
  lookups.inc({ cache, result });
  const tally = tallies.get(cache) ?? { hits: 0, misses: 0 };
  if (result === 'hit') tally.hits++;
  else tally.misses++;
  tallies.set(cache, tally);
}
