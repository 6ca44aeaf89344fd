import { mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { applyCellDeltas, markCellsChanged, nextBatchSeq, toStoredDelta } from './rollup.repository.js';
import { CellDeltaAccumulator } from './rollup-cells.js';
import { contributionOf } from './rollup-contribution.js';
import { ANY, MARKET_WIDE_SCOPE } from './rollup-keys.js';
import { WINDOW_TOTALS_STALENESS_MS, windowTotals } from './window-totals.js';

useTestDatabase();

const WINDOW = { from: '2026-11-01', to: '2026-11-30' };

/** What another process's ingestion does to the store: cells written, then the stamp moved. */
async function batchFromAnotherProcess(id: number): Promise<void> {
  const deltas = new CellDeltaAccumulator();
  deltas.add(contributionOf({ ...mappedPosting(id), roles: ['backend developer'] }), 1);
  await applyCellDeltas(await nextBatchSeq(), deltas.deltas().map(toStoredDelta));
  await markCellsChanged();
}

describe('windowTotals', () => {
  it('shares one sum between repeated and concurrent reads of the same scope and window', async () => {
    await batchFromAnotherProcess(1);
    const scope = { role: 'backend developer', country: ANY, remote: ANY };
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => windowTotals(scope, WINDOW, 'gap')),
    );
    expect(new Set(concurrent).size).toBe(1);
    expect(await windowTotals(scope, WINDOW, 'gap')).toBe(concurrent[0]);
    expect(concurrent[0]?.postings).toBe(1);
  });

  it("shows another process's ingestion batch within the documented staleness bound", async () => {
    const before = (await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market')).postings;
    await batchFromAnotherProcess(2);
    await new Promise((resolve) => setTimeout(resolve, WINDOW_TOTALS_STALENESS_MS + 50));
    expect((await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market')).postings).toBe(before + 1);
  });

  it("shows this process's own ingestion on the very next read", async () => {
    const before = (await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market')).postings;
    await ingestPostings([mappedPosting(3, { role: 'Backend Developer' })], { clock: systemClock });
    expect((await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market')).postings).toBe(before + 1);
  });

  it('reads the cells again when asked for a fresh sum', async () => {
    const cached = await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market');
    const fresh = await windowTotals(MARKET_WIDE_SCOPE, WINDOW, 'market', { fresh: true });
    expect(fresh).not.toBe(cached);
    expect(fresh.postings).toBe(cached.postings);
  });
});
