import { LRUCache } from 'lru-cache';
import { type Clock, type DayWindow, utcDay } from '../clock/index.js';
import { recordCacheLookup } from '../metrics/index.js';
import { currentBatchSeq } from './change-stamps.repository.js';
import { DerivedAnswers } from './derived-answers.js';
import type { CellReader } from './rollup.repository.js';
import { MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
import { countersIn, type RollupTotals } from './rollup-totals.js';
import { sumWindowCells, type WindowRead } from './rollup-window.repository.js';

/**
 * How long the last read ingestion stamp is trusted without asking the store
 * again: answers trail an ingestion (this process's or another's) by at most this
 * much, and within it a repeated read costs no round trip at all.
 */
export const WINDOW_TOTALS_STALENESS_MS = 1_000;
const MAX_ENTRIES = 500;
/**
 * A sum's size is its counters: a role's gap totals hold a few hundred, the market-wide
 * totals of a skill's profile tens of thousands at 100,000 postings. About 70 bytes each,
 * so the cache stays within some 35 MB however many large sums are asked for.
 */
const MAX_COUNTERS = 500_000;
const MAX_AGE_MS = 5 * 60_000;

export interface WindowTotalsOptions {
  /** Measures the staleness bound and the entries' age. */
  clock: Clock;
  /** Default WINDOW_TOTALS_STALENESS_MS; 0 asks the store for the stamp on every read. */
  stalenessMs?: number;
  /** Default 500 sums. */
  maxEntries?: number;
  /** Default MAX_COUNTERS counters over all sums kept; a larger sum is returned but not kept. */
  maxCounters?: number;
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
  /** A stamp read ahead of the known one's expiry is under way (see batchSeq). */
  private renewing = false;

  constructor(options: WindowTotalsOptions) {
    this.clock = options.clock;
    this.stalenessMs = options.stalenessMs ?? WINDOW_TOTALS_STALENESS_MS;
    this.sums = new LRUCache({
      max: options.maxEntries ?? MAX_ENTRIES,
      maxSize: options.maxCounters ?? MAX_COUNTERS,
      sizeCalculation: ({ totals }) => Math.max(1, countersIn(totals)),
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
    return (await this.ofWindows(scope, [{ window, reader }], request))[0] as RollupTotals;
  }

  /**
   * The totals of several windows of one scope, in the order asked. The windows not cached
   * are summed together, each day's cell read once for all of them (sumWindowCells).
   */
  async ofWindows(
    scope: RollupScope,
    reads: readonly WindowRead[],
    request: TotalsRequest = {},
  ): Promise<RollupTotals[]> {
    if (request.fresh) return sumWindowCells(scope, reads);
    const seq = await this.batchSeq();
    const results: Promise<RollupTotals>[] = [];
    const missing: { index: number; key: string }[] = [];
    reads.forEach(({ window, reader }, index) => {
      const key = [reader, scope.role, scope.country, scope.remote, window.from, window.to].join('\u0000');
      const cached = this.sums.get(key);
      if (cached?.seq === seq) {
        recordCacheLookup('window_totals', 'hit');
        results[index] = Promise.resolve(cached.totals);
        return;
      }
      recordCacheLookup('window_totals', 'miss');
      const flight = this.computing.get(`${key}\u0000${seq}`);
      if (flight) results[index] = flight;
      else missing.push({ index, key });
    });
    if (missing.length > 0) {
      const summed = sumWindowCells(
        scope,
        missing.map(({ index }) => reads[index] as WindowRead),
      );
      missing.forEach(({ index, key }, position) => {
        const flightKey = `${key}\u0000${seq}`;
        const flight = summed
          .then((all) => {
            const totals = all[position] as RollupTotals;
            this.sums.set(key, { seq, totals });
            return totals;
          })
          .finally(() => this.computing.delete(flightKey));
        this.computing.set(flightKey, flight);
        results[index] = flight;
      });
    }
    return Promise.all(results);
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

  /**
   * Names the data every rollup answer derives from at this moment: the ingestion stamp as
   * the sums trust it (within the staleness bound) and the UTC day the windows end on. Two
   * answers computed under one version come from the same totals, so a cache of answers
   * keyed by it is exactly as fresh as the totals themselves.
   */
  async version(): Promise<string> {
    const seq = await this.batchSeq();
    return `${seq}@${utcDay(this.clock.now())}`;
  }

  /**
   * One stamp read per staleness period, shared by every request that needs it meanwhile.
   * Past half the period a read starts in the background, so under steady traffic the stamp
   * is renewed before it expires and no request waits for the store; an answer still trails
   * an ingestion by at most the staleness bound, counted from when the read was sent.
   */
  private batchSeq(): Promise<number> {
    const now = this.clock.now().getTime();
    const known = this.knownSeq;
    if (known && now - known.readAt < this.stalenessMs) {
      if (now - known.readAt >= this.stalenessMs / 2) this.renewSeq(now);
      return known.seq;
    }
    const seq = currentBatchSeq();
    const entry = { seq, readAt: now };
    this.knownSeq = entry;
    // A failed read is not remembered: the next request asks again.
    seq.catch(() => {
      if (this.knownSeq === entry) this.knownSeq = null;
    });
    return seq;
  }

  /** Reads the stamp ahead of its expiry and takes it once read (a failure keeps the known one). */
  private renewSeq(now: number): void {
    if (this.renewing) return;
    this.renewing = true;
    const seq = currentBatchSeq();
    seq
      .then(
        () => {
          if (!this.knownSeq || this.knownSeq.readAt < now) this.knownSeq = { seq, readAt: now };
        },
        () => {},
      )
      .finally(() => {
        this.renewing = false;
      });
  }
}
