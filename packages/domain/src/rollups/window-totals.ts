import { LRUCache } from 'lru-cache';
import type { Clock, DayWindow } from '../clock/index.js';
import { recordCacheLookup } from '../metrics/index.js';
import { DerivedAnswers } from './derived-answers.js';
import { type CellReader, currentBatchSeq, readCells } from './rollup.repository.js';
import { MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
import { type RollupTotals, sumCells } from './rollup-totals.js';

/**
 * How long the last read ingestion stamp is trusted without asking the store
 * again: answers trail an ingestion (this process's or another's) by at most this
 * much, and within it a repeated read costs no round trip at all.
 */
export const WINDOW_TOTALS_STALENESS_MS = 1_000;
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 5 * 60_000;

export interface WindowTotalsOptions {
  /** Measures the staleness bound and the entries' age. */
  clock: Clock;
  /** Default WINDOW_TOTALS_STALENESS_MS; 0 asks the store for the stamp on every read. */
  stalenessMs?: number;
  /** Default 500 sums. */
  maxEntries?: number;
}

export interface TotalsRequest {
  /** Skip the cache (benchmarks measure the uncached path this way). */
  fresh?: boolean;
}

/** What every rollup-reading service is built with. */
export interface RollupReadDependencies {
  clock: Clock;
  windowTotals: WindowTotals;
}

/**
 * Sums of rollup cells by reader, scope and window, shared by every request of one
 * process and each valid for one ingestion stamp: an ingestion anywhere moves the stamp
 * (nextBatchSeq), and the next read after the staleness bound sees it. One instance per
 * process, built by createDomain.
 */
export class WindowTotals {
  private readonly clock: Clock;
  private readonly stalenessMs: number;
  private readonly sums: LRUCache<string, { seq: number; totals: RollupTotals }>;
  /** Concurrent misses for one key and stamp sum the cells once. */
  private readonly computing = new Map<string, Promise<RollupTotals>>();
  private readonly answers = new DerivedAnswers();
  private knownSeq: { seq: Promise<number>; readAt: number } | null = null;

  constructor(options: WindowTotalsOptions) {
    this.clock = options.clock;
    this.stalenessMs = options.stalenessMs ?? WINDOW_TOTALS_STALENESS_MS;
    this.sums = new LRUCache({
      max: options.maxEntries ?? MAX_ENTRIES,
      ttl: MAX_AGE_MS,
      perf: { now: () => this.clock.now().getTime() },
    });
  }

  async of(
    scope: RollupScope,
    window: DayWindow,
    reader: CellReader,
    request: TotalsRequest = {},
  ): Promise<RollupTotals> {
    if (request.fresh) return sumCells(await readCells(scope, window, reader));
    const key = [reader, scope.role, scope.country, scope.remote, window.from, window.to].join('\u0000');
    const seq = await this.batchSeq();
    const cached = this.sums.get(key);
    if (cached?.seq === seq) {
      recordCacheLookup('window_totals', 'hit');
      return cached.totals;
    }
    recordCacheLookup('window_totals', 'miss');
    const flightKey = `${key}\u0000${seq}`;
    let flight = this.computing.get(flightKey);
    if (!flight) {
      flight = readCells(scope, window, reader)
        .then((cells) => {
          const totals = sumCells(cells);
          this.sums.set(key, { seq, totals });
          return totals;
        })
        .finally(() => this.computing.delete(flightKey));
      this.computing.set(flightKey, flight);
    }
    return flight;
  }

  /**
   * Posting counts per role in the window, from the market-wide cells' role counters. Those
   * cells are the largest there are, so the sum is shared like every other window total: role
   * autocomplete, role profiles and stand-in roles would otherwise read them on every request.
   */
  async postingsPerRole(window: DayWindow): Promise<ReadonlyMap<string, number>> {
    return (await this.of(MARKET_WIDE_SCOPE, window, 'roles')).roles;
  }

  /**
   * An answer derived from totals this instance returned and a key of the other inputs,
   * computed once per totals and key (see DerivedAnswers). The value is shared: never change it.
   */
  derived<T>(totals: readonly RollupTotals[], key: string, compute: () => T): T {
    return this.answers.derive(totals, key, compute);
  }

  /** One stamp read per staleness period, shared by every request that needs it meanwhile. */
  private batchSeq(): Promise<number> {
    const now = this.clock.now().getTime();
    if (this.knownSeq && now - this.knownSeq.readAt < this.stalenessMs) return this.knownSeq.seq;
    const seq = currentBatchSeq();
    const entry = { seq, readAt: now };
    this.knownSeq = entry;
    // A failed read is not remembered: the next request asks again.
    seq.catch(() => {
      if (this.knownSeq === entry) this.knownSeq = null;
    });
    return seq;
  }
}
