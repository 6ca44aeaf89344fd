import type { DayWindow } from '../clock/index.js';
import { type CellReader, currentBatchSeq, readCells } from './rollup.repository.js';
import type { RollupScope } from './rollup-keys.js';
import { type RollupTotals, sumCells } from './rollup-totals.js';

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 5 * 60_000;
/** How long the last read batch sequence is trusted: answers may trail another process's ingestion by this much. */
const SEQ_TTL_MS = 1_000;

let knownSeq: { seq: number; readAt: number } | null = null;

async function batchSeq(): Promise<number> {
  if (knownSeq && Date.now() - knownSeq.readAt < SEQ_TTL_MS) return knownSeq.seq;
  knownSeq = { seq: await currentBatchSeq(), readAt: Date.now() };
  return knownSeq.seq;
}

/** Called after this process ingests, so its own next answer includes what it just stored. */
export function forgetWindowTotals(): void {
  knownSeq = null;
  cache.clear();
}

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
  reader: CellReader,
  options: WindowTotalsOptions = {},
): Promise<RollupTotals> {
  const key = [reader, scope.role, scope.country, scope.remote, window.from, window.to].join('\u0000');
  const seq = options.fresh ? await currentBatchSeq() : await batchSeq();
  const cached = cache.get(key);
  if (!options.fresh && cached && cached.seq === seq && Date.now() - cached.storedAt < MAX_AGE_MS) {
    return cached.totals;
  }
  const totals = sumCells(await readCells(scope, window, reader));
  remember(key, { seq, storedAt: Date.now(), totals });
  return totals;
}
