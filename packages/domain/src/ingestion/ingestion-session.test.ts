import { mappedPosting as posting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { addDays, type Clock } from '../clock/index.js';
import { currentBatchSeq } from '../rollups/change-stamps.repository.js';
import {
  applyCellDeltas,
  CellDeltaAccumulator,
  contributionOf,
  MARKET_WIDE_SCOPE,
  nextBatchSeq,
  toStoredDelta,
} from '../rollups/index.js';
import { readCells } from '../rollups/rollup.repository.js';
import { sumCells } from '../rollups/rollup-totals.js';
import {
  deleteJournal,
  type FlushJournalEntry,
  pendingJournal,
  writeJournal,
} from './ingestion-journal.repository.js';
import { IngestionSession } from './ingestion-session.js';
import { INGESTION_LOCK } from './journal-replay.js';
import { recoverPendingIngestion, removePostingsLastSeenBefore } from './posting-ingestion.service.js';
import { verifyRollups } from './rollup-repair.service.js';

useTestDatabase();

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/** Each test posts on a day of its own, so the market-wide totals of that day are its alone. */
const postingsOn = async (day: string) =>
  sumCells(await readCells(MARKET_WIDE_SCOPE, { from: day, to: day })).postings;
const postedOn = (day: string) => ({ datePosted: new Date(`${day}T00:00:00Z`), postedDay: day });

async function expectRollupsExact(): Promise<void> {
  expect(await pendingJournal()).toEqual([]);
  expect((await verifyRollups()).differingCells).toEqual([]);
}

/** What a killed writer leaves: its journal and cells as they are, its lease gone (expired). */
async function crash(): Promise<void> {
  await storedCollection('locks').deleteOne({ _id: INGESTION_LOCK as never });
}

describe('an ingestion session', () => {
  it('writes the merged cells of its pages once per bound of pages, and moves the ingestion stamp', async () => {
    const day = postedOn('2026-10-01');
    const session = new IngestionSession({ clock: manualClock('2026-11-20T04:00:00Z'), flushEveryPages: 2 });
    const stampBefore = await currentBatchSeq();
    await session.ingest([posting(1, day), posting(2, day)]);
    expect(session.pagesWaiting).toBe(1);
    expect(await postingsOn('2026-10-01')).toBe(0);

    await session.ingest([posting(2, { ...day, skills: ['kotlin'] }), posting(3, day)]);
    expect(session.pagesWaiting).toBe(0);
    expect(await postingsOn('2026-10-01')).toBe(3);
    expect(await currentBatchSeq()).toBeGreaterThan(stampBefore);
    await expectRollupsExact();

    await session.ingest([posting(4, day), posting(5, postedOn('2026-09-30'))]);
    expect(await postingsOn('2026-10-01')).toBe(3);
    await session.flush();
    expect(await postingsOn('2026-10-01')).toBe(4);
    expect(await postingsOn('2026-09-30')).toBe(1);
    await expectRollupsExact();
  });

  it('writes them with the first page stored once the oldest waiting one is old enough', async () => {
    const day = postedOn('2026-10-02');
    const clock = manualClock('2026-11-20T04:00:00Z');
    const session = new IngestionSession({ clock, flushEveryPages: 100, flushAfterMs: 10_000 });
    await session.ingest([posting(10, day)]);
    clock.advance(9_999);
    await session.ingest([posting(11, day)]);
    expect(session.pagesWaiting).toBe(2);
    clock.advance(1);
    await session.ingest([posting(12, day)]);
    expect(session.pagesWaiting).toBe(0);
    expect(await postingsOn('2026-10-02')).toBe(3);
    await expectRollupsExact();
  });

  it('holds the ingestion lock for the lease it is given, 15 s by default', async () => {
    const leaseLeft = async () => {
      const lock = await storedCollection('locks').findOne({ _id: INGESTION_LOCK as never });
      if (!lock) throw new Error('the session holds no ingestion lock');
      return (lock.expiresAt as Date).getTime() - Date.now();
    };
    const clock = manualClock('2026-11-20T04:00:00Z');
    for (const [leaseMs, expected] of [
      [4_000, 4_000],
      [undefined, 15_000],
    ] as const) {
      const session = new IngestionSession({ clock, flushEveryPages: 100, leaseMs });
      await session.ingest([posting(leaseMs ?? 15, postedOn('2026-10-03'))]);
      const left = await leaseLeft();
      expect(left).toBeLessThanOrEqual(expected);
      expect(left).toBeGreaterThan(expected - 2_000);
      await session.flush();
      expect(await storedCollection('locks').findOne({ _id: INGESTION_LOCK as never })).toBeNull();
    }
  });
});

describe('a posting an ingestion session stored before', () => {
  it('is merged when it comes again, and stored anew when it was deleted in between', async () => {
    const clock = manualClock('2026-11-20T05:00:00Z');
    const day = postedOn('2026-10-04');
    const longAgo = { seenAt: new Date('2026-01-01T00:00:00Z') };
    const session = new IngestionSession({ clock, flushEveryPages: 100 });
    await session.ingest([posting(60, { ...day, ...longAgo }), posting(61, day)]);
    const again = await session.ingest([posting(61, { ...day, role: 'data engineer' })]);
    expect(again).toEqual({ newCount: 0, updatedCount: 1, changedCount: 1 });
    await session.flush();
    expect(await removePostingsLastSeenBefore(new Date('2026-01-02T00:00:00Z'), { clock })).toBe(1);
    expect(await postingsOn('2026-10-04')).toBe(1);

    expect(await session.ingest([posting(60, day)])).toEqual({
      newCount: 1,
      updatedCount: 0,
      changedCount: 0,
    });
    await session.flush();
    expect(await postingsOn('2026-10-04')).toBe(2);
    await expectRollupsExact();
  });
});

describe('replaying the pages of a crashed session', () => {
  const clock = manualClock('2026-11-21T04:00:00Z');

  /**
   * Two pages stored by a session that then crashed: the second moves a posting of the first
   * to `day` from the day before, so the merged increments leave that day's cells alone.
   */
  async function crashedSession(day: string, first: number) {
    const dated = postedOn(day);
    const dayBefore = postedOn(addDays(day, -1));
    const pages = [
      [posting(first, { ...dayBefore, skills: ['java'] }), posting(first + 1, dated)],
      [posting(first, { ...dated, skills: ['kotlin'] }), posting(first + 2, dated)],
    ];
    const session = new IngestionSession({ clock, flushEveryPages: 100 });
    for (const page of pages) await session.ingest(page);
    await crash();
    // The increments the session's flush would write: the final contributions of the postings.
    const merged = new CellDeltaAccumulator();
    for (const stored of [pages[1]?.[0], pages[0]?.[1], pages[1]?.[1]]) {
      if (stored) merged.add(contributionOf({ ...stored, roles: [stored.role] }), 1);
    }
    return {
      covers: (await pendingJournal()).map((entry) => entry._id),
      deltas: merged.deltas().map(toStoredDelta),
    };
  }

  async function plantFlush(covers: number[], firstCell: string, done: boolean): Promise<FlushJournalEntry> {
    const entry: FlushJournalEntry = {
      kind: 'flush',
      _id: await nextBatchSeq(),
      createdAt: clock.now(),
      covers,
      firstCell,
      done,
    };
    await writeJournal(entry);
    return entry;
  }

  /** The replay handles `entries` journal entries and leaves the day's three postings counted once. */
  async function expectRecovered(day: string, entries: number): Promise<void> {
    expect(await recoverPendingIngestion()).toBe(entries);
    expect(await postingsOn(day)).toBe(3);
    await expectRollupsExact();
  }

  it('applies each page once when the flush never began', async () => {
    await crashedSession('2026-10-08', 20);
    await expectRecovered('2026-10-08', 2);
  });

  it('completes a flush stopped halfway through its cells, counting no cell twice', async () => {
    const { covers, deltas } = await crashedSession('2026-10-10', 30);
    const flush = await plantFlush(covers, deltas[0]?.id as string, false);
    await applyCellDeltas(flush._id, deltas.slice(0, Math.ceil(deltas.length / 2)), 'first');
    await expectRecovered('2026-10-10', 3);
  });

  it('finishes a done flush stopped while deleting its pages, applying nothing again', async () => {
    const { covers, deltas } = await crashedSession('2026-10-12', 40);
    const flush = await plantFlush(covers, deltas[0]?.id as string, true);
    await applyCellDeltas(flush._id, deltas, 'first');
    await deleteJournal(covers[1] as number);
    await expectRecovered('2026-10-12', 2);
  });

  it('lets the next page of a session whose lock was taken over replay its pages, not flush them twice', async () => {
    const day = postedOn('2026-10-06');
    const session = new IngestionSession({ clock, flushEveryPages: 100 });
    await session.ingest([posting(50, day)]);
    await crash();
    expect(await recoverPendingIngestion()).toBe(1);
    await expect(session.flush()).rejects.toThrow(/taken over/);
    await session.ingest([posting(51, day)]);
    await session.flush();
    expect(await postingsOn('2026-10-06')).toBe(2);
    await expectRollupsExact();
  });
});
