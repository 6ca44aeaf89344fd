import type { DayWindow } from '../clock/index.js';
import { currentBatchSeq, readCells } from './rollup.repository.js';
import type { RollupScope } from './rollup-keys.js';
import { type RollupTotals, sumCells } from './rollup-totals.js';

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 5 * 60_000;

interface CachedTotals {
  seq: number;
  storedAt: number;
  totals: RollupTotals;
}

/**
 * Window sums are reused until an ingestion batch lands (the batch sequence
 * moves) or five minutes pass, so repeated dashboards cost one small read.
 */
const cache = new Map<string, CachedTotals>();

function remember(key: string, entry: CachedTotals): void {
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, entry);
}

export interface WindowTotalsOptions {
  /** Skip the cache (benchmarks measure the uncached path this way). */
  fresh?: boolean;
}

export async function windowTotals(
  scope: RollupScope,
  window: DayWindow,
  options: WindowTotalsOptions = {},
): Promise<RollupTotals> {
  const key = `${scope.role}\u0000${scope.country}\u0000${scope.remote}\u0000${window.from}\u0000${window.to}`;
  const seq = await currentBatchSeq();
  const cached = cache.get(key);
  if (!options.fresh && cached && cached.seq === seq && Date.now() - cached.storedAt < MAX_AGE_MS) {
    return cached.totals;
  }
  const totals = sumCells(await readCells(scope, window));
  remember(key, { seq, storedAt: Date.now(), totals });
  return totals;
}
