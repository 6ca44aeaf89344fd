import { mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it, vi } from 'vitest';
import { type Clock, systemClock } from '../clock/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { applyCellDeltas } from './cell-writes.repository.js';
import { markCellsChanged } from './change-stamps.repository.js';
import { nextBatchSeq } from './rollup.repository.js';
import { CellDeltaAccumulator } from './rollup-cells.js';
import { contributionOf } from './rollup-contribution.js';
import { ANY, MARKET_WIDE_SCOPE } from './rollup-keys.js';
import { toStoredDelta } from './stored-cell-delta.js';
import { WINDOW_TOTALS_STALENESS_MS, WindowTotals } from './window-totals.js';

useTestDatabase();

const WINDOW = { from: '2026-11-01', to: '2026-11-30' };

/** What another process's ingestion does to the store: cells written, then the stamp moved. */
async function batchFromAnotherProcess(id: number): Promise<void> {
  const deltas = new CellDeltaAccumulator();
  deltas.add(contributionOf({ ...mappedPosting(id), roles: ['backend developer'] }), 1);
  const seq = await nextBatchSeq();
  const cells = deltas.deltas().map(toStoredDelta);
  await applyCellDeltas(seq, cells);
  await markCellsChanged(
    seq,
    cells.map((cell) => cell.day),
  );
}

/** A clock the test moves by hand. */
function steppingClock(): Clock & { advance(ms: number): void } {
  let now = Date.parse('2026-11-22T12:00:00Z');
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

const postingsIn = async (totals: WindowTotals) =>
  (await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market')).postings;

describe('WindowTotals', () => {
  it('shares one sum between repeated and concurrent reads of the same scope and window', async () => {
    const totals = new WindowTotals({ clock: steppingClock() });
    await batchFromAnotherProcess(1);
    const scope = { role: 'backend developer', country: ANY, remote: ANY };
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => totals.of(scope, WINDOW, 'gap')));
    expect(new Set(concurrent).size).toBe(1);
    expect(await totals.of(scope, WINDOW, 'gap')).toBe(concurrent[0]);
    expect(concurrent[0]?.postings).toBe(1);
  });

  it('shows an ingestion batch once the staleness bound has passed on its clock, not before', async () => {
    const clock = steppingClock();
    const totals = new WindowTotals({ clock });
    const before = await postingsIn(totals);
    await batchFromAnotherProcess(2);
    clock.advance(WINDOW_TOTALS_STALENESS_MS - 1);
    expect(await postingsIn(totals)).toBe(before);
    clock.advance(1);
    expect(await postingsIn(totals)).toBe(before + 1);
  });

  it('names a new version for the next ingestion batch (past the staleness bound) and the next day', async () => {
    const clock = steppingClock();
    const totals = new WindowTotals({ clock });
    const before = await totals.version();
    expect(before).toMatch(/@2026-11-22$/);
    await batchFromAnotherProcess(4);
    expect(await totals.version()).toBe(before);
    clock.advance(WINDOW_TOTALS_STALENESS_MS);
    const afterBatch = await totals.version();
    expect(afterBatch).not.toBe(before);
    clock.advance(12 * 3_600_000);
    expect(await totals.version()).toBe(afterBatch.replace('2026-11-22', '2026-11-23'));
  });

  it('keeps no state outside the instance: another instance sees the batch at once', async () => {
    const clock = steppingClock();
    const first = new WindowTotals({ clock });
    const before = await postingsIn(first);
    await ingestPostings([mappedPosting(3, { role: 'Backend Developer' })], { clock: systemClock });
    expect(await postingsIn(new WindowTotals({ clock }))).toBe(before + 1);
    expect(await postingsIn(first)).toBe(before);
  });

  it('with no staleness allowed, asks for the stamp on every read', async () => {
    const totals = new WindowTotals({ clock: steppingClock(), stalenessMs: 0 });
    const before = await postingsIn(totals);
    await batchFromAnotherProcess(4);
    expect(await postingsIn(totals)).toBe(before + 1);
  });

  it('keeps at most maxEntries sums', async () => {
    const totals = new WindowTotals({ clock: steppingClock(), maxEntries: 1 });
    const market = await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market');
    await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'skill');
    expect(await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market')).not.toBe(market);
  });

  it('keeps no sum past maxCounters counters', async () => {
    await batchFromAnotherProcess(5);
    const totals = new WindowTotals({ clock: steppingClock(), maxCounters: 3 });
    const market = await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market');
    expect(market.postings).toBeGreaterThan(0);
    expect(await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market')).not.toBe(market);
  });

  it("sums overlapping windows together, each with its own reader's counters only", async () => {
    await batchFromAnotherProcess(6);
    const totals = new WindowTotals({ clock: steppingClock() });
    const growthWindow = { from: '2026-10-31', to: '2026-11-29' };
    const emptyWindow = { from: '2026-12-01', to: '2026-12-30' };
    const [market, growth, empty] = await totals.ofWindows(MARKET_WIDE_SCOPE, [
      { window: WINDOW, reader: 'market' },
      { window: growthWindow, reader: 'growth' },
      { window: emptyWindow, reader: 'growth' },
    ]);
    const alone = new WindowTotals({ clock: steppingClock() });
    expect(market).toEqual(await alone.of(MARKET_WIDE_SCOPE, WINDOW, 'market'));
    expect(growth).toEqual(await alone.of(MARKET_WIDE_SCOPE, growthWindow, 'growth'));
    expect(growth?.postings).toBe(market?.postings);
    expect(growth?.skills).toEqual(market?.skills);
    expect(market?.locations.size).toBeGreaterThan(0);
    expect(growth?.locations.size).toBe(0);
    expect(empty?.postings).toBe(0);
    expect(await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market')).toBe(market);
  });

  it('reads the cells again when asked for a fresh sum', async () => {
    const totals = new WindowTotals({ clock: steppingClock() });
    const cached = await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market');
    const fresh = await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market', { fresh: true });
    expect(fresh).not.toBe(cached);
    expect(fresh.postings).toBe(cached.postings);
  });

  it('derives an answer once per totals and key', async () => {
    const totals = new WindowTotals({ clock: steppingClock() });
    const sum = await totals.of(MARKET_WIDE_SCOPE, WINDOW, 'market');
    let computed = 0;
    const answer = () => ({ computed: ++computed });
    const first = totals.derived([sum], 'k', answer);
    expect(totals.derived([sum], 'k', answer)).toBe(first);
    expect(totals.derived([sum], 'other', answer)).not.toBe(first);
    expect(computed).toBe(2);
  });

  it('renews the stamp in the background past half the staleness bound, before any read has to wait', async () => {
    const clock = steppingClock();
    const totals = new WindowTotals({ clock });
    const before = await postingsIn(totals);
    await batchFromAnotherProcess(4);
    clock.advance(WINDOW_TOTALS_STALENESS_MS / 2 - 1);
    expect(await postingsIn(totals)).toBe(before);
    clock.advance(1);
    // This read is answered from the known stamp and starts the renewal; later ones see the batch.
    expect(await postingsIn(totals)).toBe(before);
    await vi.waitFor(async () => expect(await postingsIn(totals)).toBe(before + 1), { timeout: 5_000 });
  });
});
