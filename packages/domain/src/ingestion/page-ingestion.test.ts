import { mappedPosting as posting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { BSON } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/index.js';
import { insertNewPostings } from '../postings/index.js';
import { JobPostingModel } from '../postings/job-posting.model.js';
import { MARKET_WIDE_SCOPE, nextBatchSeq } from '../rollups/index.js';
import { readCells } from '../rollups/rollup.repository.js';
import { sumCells } from '../rollups/rollup-totals.js';
import { pendingJournal, writeJournal } from './ingestion-journal.repository.js';
import { mergeBySourceKey, newPostingDocument, withoutDescription } from './page-plan.js';
import { ingestPostings, recoverPendingIngestion } from './posting-ingestion.service.js';
import { verifyRollups } from './rollup-repair.service.js';

useTestDatabase();

const clock = fixedClock('2026-11-20T04:00:00Z');
/** Each test posts on a day of its own, so the market-wide totals of that day are its alone. */
const marketTotalsOn = async (day: string) =>
  sumCells(await readCells(MARKET_WIDE_SCOPE, { from: day, to: day }));
const postedOn = (day: string) => ({ datePosted: new Date(`${day}T00:00:00Z`), postedDay: day });

/** Every stored cell holds exactly what the stored postings imply. */
async function expectRollupsExact(): Promise<void> {
  expect((await verifyRollups()).differingCells).toEqual([]);
}

/** A page as a writer crashed mid-batch leaves it: journaled, and (optionally) its new postings inserted. */
async function interruptedPage(page: ReturnType<typeof posting>[], insertBeforeCrash: boolean) {
  const entries = mergeBySourceKey(page);
  const seq = await nextBatchSeq();
  const now = clock.now();
  await writeJournal({ kind: 'page', _id: seq, createdAt: now, page: entries.map(withoutDescription) });
  if (insertBeforeCrash) await insertNewPostings(entries.map((entry) => newPostingDocument(entry, now, seq)));
}

describe('ingesting a page of new and already stored postings', () => {
  it('inserts the new ones, merges the stored ones, and keeps every rollup exact', async () => {
    const day = postedOn('2026-11-01');
    await ingestPostings([posting(1, day), posting(2, { ...day, skills: ['java'] }), posting(3, day)], {
      clock,
    });
    const result = await ingestPostings(
      [
        posting(2, { ...day, skills: ['kotlin'] }),
        posting(3, { ...day, role: 'python developer' }),
        posting(4, { ...day, skills: ['go'] }),
        posting(5, day),
        posting(1, day),
      ],
      { clock },
    );
    expect(result).toEqual({ newCount: 2, updatedCount: 3, changedCount: 2 });
    const totals = await marketTotalsOn('2026-11-01');
    expect(totals.postings).toBe(5);
    expect(totals.skills.get('java') ?? 0).toBe(0);
    expect(totals.skills.get('kotlin')).toBe(1);
    expect(totals.skills.get('go')).toBe(1);
    const stored = await JobPostingModel.findById('theirstack:3').lean();
    expect(stored?.roles.sort()).toEqual(['backend engineer', 'python developer']);
    const inserted = await JobPostingModel.findById('theirstack:4').lean();
    expect(inserted).toMatchObject({
      description: 'Build APIs',
      roles: ['backend engineer'],
      searchLocations: ['Germany'],
      firstSeenAt: new Date('2026-11-20T02:00:00Z'),
      contribution: { day: '2026-11-01', skills: ['go'] },
    });
    expect(await pendingJournal()).toEqual([]);
    await expectRollupsExact();
  });
});

describe('replaying a page interrupted before its writes were journaled', () => {
  it('counts the postings it had inserted once and merges the ones stored before it', async () => {
    const day = postedOn('2026-11-02');
    await ingestPostings([posting(10, { ...day, skills: ['java'] })], { clock });
    await interruptedPage(
      [posting(10, { ...day, skills: ['kotlin'] }), posting(11, { ...day, skills: ['go'] })],
      true,
    );

    expect(await recoverPendingIngestion()).toBe(1);

    expect(await pendingJournal()).toEqual([]);
    const totals = await marketTotalsOn('2026-11-02');
    expect(totals.postings).toBe(2);
    expect(totals.skills.get('kotlin')).toBe(1);
    expect(totals.skills.get('go')).toBe(1);
    expect(totals.skills.get('java') ?? 0).toBe(0);
    await expectRollupsExact();
  });

  it('stores a page that crashed before inserting anything, and counts it once', async () => {
    const day = postedOn('2026-11-03');
    await ingestPostings([posting(20, day)], { clock });
    await interruptedPage([posting(20, { ...day, role: 'python developer' }), posting(21, day)], false);

    expect(await recoverPendingIngestion()).toBe(1);
    expect(await recoverPendingIngestion()).toBe(0);

    expect((await marketTotalsOn('2026-11-03')).postings).toBe(2);
    expect((await JobPostingModel.findById('theirstack:20').lean())?.roles.sort()).toEqual([
      'backend engineer',
      'python developer',
    ]);
    expect(await JobPostingModel.countDocuments({ _id: 'theirstack:21' })).toBe(1);
    await expectRollupsExact();
  });
});

describe('a journal entry written under a numeric key, as entries were before their keys were strings', () => {
  /** The page as such a writer journaled it, its new postings inserted; optionally also half re-keyed. */
  async function numberedPage(day: string, first: number, alsoCopied: boolean): Promise<void> {
    const entries = mergeBySourceKey([posting(first, postedOn(day)), posting(first + 1, postedOn(day))]);
    const seq = await nextBatchSeq();
    const now = clock.now();
    const payload = BSON.EJSON.stringify({ kind: 'page', page: entries.map(withoutDescription) });
    const journal = storedCollection('rollup_journal');
    await journal.insertOne({ _id: seq as never, createdAt: now, payload });
    if (alsoCopied) {
      await journal.insertOne({ _id: String(seq).padStart(16, '0') as never, createdAt: now, payload });
    }
    await insertNewPostings(entries.map((entry) => newPostingDocument(entry, now, seq)));
  }

  it.each([
    ['is replayed once and deleted', '2026-11-05', 30, false],
    ['is replayed once when a replay stopped after copying it under its string key', '2026-11-06', 40, true],
  ])('%s', async (_, day, firstId, alsoCopied) => {
    await numberedPage(day, firstId, alsoCopied);
    expect(await recoverPendingIngestion()).toBe(1);
    expect(await storedCollection('rollup_journal').countDocuments()).toBe(0);
    expect((await marketTotalsOn(day)).postings).toBe(2);
    await expectRollupsExact();
  });
});
