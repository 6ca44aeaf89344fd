import { LRUCache } from 'lru-cache';
import type { DayWindow } from '../clock/index.js';
import { recordCacheLookup } from '../metrics/index.js';
import { type CellReader, currentBatchSeq, readCells } from './rollup.repository.js';
import { MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
import { type RollupTotals, sumCells } from './rollup-totals.js';

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 5 * 60_000;
/**
 * How long the last read ingestion stamp is trusted without asking the store
 * again: answers trail another process's ingestion by at most this much, and
 * within it a repeated read costs no round trip at all.
 */
export const WINDOW_TOTALS_STALENESS_MS = 1_000;

let knownSeq: { seq: Promise<number>; readAt: number } | null = null;

/** One stamp read per staleness period, shared by every request that needs it meanwhile. */
function batchSeq(): Promise<number> {
  if (knownSeq && Date.now() - knownSeq.readAt < WINDOW_TOTALS_STALENESS_MS) return knownSeq.seq;
  const seq = currentBatchSeq();
  const entry = { seq, readAt: Date.now() };
  knownSeq = entry;
  // A failed read is not remembered: the next request asks again.
  seq.catch(() => {
    if (knownSeq === entry) knownSeq = null;
  });
  return seq;
}

/** Sums by reader, scope and window, shared by every request; each valid for one ingestion stamp. */
const cache = new LRUCache<string, { seq: number; totals: RollupTotals }>({
  max: MAX_ENTRIES,
  ttl: MAX_AGE_MS,
});
/** Concurrent misses for one key and stamp sum the cells once. */
const computing = new Map<string, Promise<RollupTotals>>();

/** Called after this process ingests, so its own next answer includes what it just stored. */
export function forgetWindowTotals(): void {
  knownSeq = null;
  cache.clear();
}

export interface WindowTotalsOptions {
  /** Skip the cache (benchmarks measure the uncached path this way). */
  fresh?: boolean;
}

export async function windowTotals(
  scope: RollupScope,
  window: DayWindow,
  reader: CellReader,
  options: WindowTotalsOptions = {},
): Promise<RollupTotals> {
  if (options.fresh) return sumCells(await readCells(scope, window, reader));
  const key = [reader, scope.role, scope.country, scope.remote, window.from, window.to].join('\u0000');
  const seq = await batchSeq();
  const cached = cache.get(key);
  if (cached?.seq === seq) {
    recordCacheLookup('window_totals', 'hit');
    return cached.totals;
  }
  recordCacheLookup('window_totals', 'miss');
  const flightKey = `${key}\u0000${seq}`;
  let flight = computing.get(flightKey);
  if (!flight) {
    flight = readCells(scope, window, reader)
      .then((cells) => {
        const totals = sumCells(cells);
        cache.set(key, { seq, totals });
        return totals;
      })
      .finally(() => computing.delete(flightKey));
    computing.set(flightKey, flight);
  }
  return flight;
}

/**
 * Posting counts per role in the window, from the market-wide cells' role counters. Those
 * cells are the largest there are, so the sum is shared like every other window total: role
 * autocomplete, role profiles and stand-in roles would otherwise read them on every request.
 */
export async function postingsPerRole(window: DayWindow): Promise<ReadonlyMap<string, number>> {
  return (await windowTotals(MARKET_WIDE_SCOPE, window, 'roles')).roles;
}
