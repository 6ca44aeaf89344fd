import { mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../clock/index.js';
import type { MappedPosting } from '../postings/index.js';
import { JobPostingModel } from '../postings/job-posting.model.js';
import { allCells, applyCellDeltas, MARKET_WIDE_SCOPE } from '../rollups/index.js';
import { readCells } from '../rollups/rollup.repository.js';
import { sumCells } from '../rollups/rollup-totals.js';
import {
  ingestPostings,
  recomputeRollups,
  recoverPendingIngestion,
  removePostingsLastSeenBefore,
  verifyRollups,
} from './index.js';
import { replayPendingBatches } from './posting-ingestion.service.js';

useTestDatabase();

const SEEN = new Date('2026-11-20T02:00:00Z');
const posting = mappedPosting;

const window = { from: '2026-11-01', to: '2026-11-30' };

async function marketTotals() {
  return sumCells(await readCells(MARKET_WIDE_SCOPE, window));
}

describe('ingestPostings', () => {
  it('counts new postings, then nothing more when the same page is ingested again', async () => {
    const page = [posting(1), posting(2, { skills: ['python', 'go'] })];
    expect(await ingestPostings(page, { clock: systemClock })).toEqual({
      newCount: 2,
      updatedCount: 0,
      changedCount: 0,
    });
    expect(await ingestPostings(page, { clock: systemClock })).toEqual({
      newCount: 0,
      updatedCount: 2,
      changedCount: 0,
    });
    const totals = await marketTotals();
    expect(totals.postings).toBe(2);
    expect(totals.skills.get('python')).toBe(2);
    expect(totals.skills.get('go')).toBe(1);
    expect(await JobPostingModel.countDocuments({ _id: { $in: ['theirstack:1', 'theirstack:2'] } })).toBe(2);
  });

  it('counts a posting for a second role without counting it twice market-wide', async () => {
    await ingestPostings([posting(10)], { clock: systemClock });
    const before = await marketTotals();
    await ingestPostings([posting(10, { role: 'python developer' })], { clock: systemClock });
    const after = await marketTotals();
    expect(after.postings).toBe(before.postings);
    const roleTotals = sumCells(await readCells({ ...MARKET_WIDE_SCOPE, role: 'python developer' }, window));
    expect(roleTotals.postings).toBe(1);
    const stored = await JobPostingModel.findById('theirstack:10').lean();
    expect(stored?.roles.sort()).toEqual(['backend engineer', 'python developer']);
  });

  it('corrects a posting whose skills changed instead of adding it again', async () => {
    await ingestPostings([posting(20, { skills: ['java'] })], { clock: systemClock });
    const before = await marketTotals();
    const result = await ingestPostings([posting(20, { skills: ['kotlin'] })], { clock: systemClock });
    expect(result).toEqual({ newCount: 0, updatedCount: 1, changedCount: 1 });
    const after = await marketTotals();
    expect(after.postings).toBe(before.postings);
    expect(after.skills.get('java') ?? 0).toBe((before.skills.get('java') ?? 0) - 1);
    expect(after.skills.get('kotlin') ?? 0).toBe((before.skills.get('kotlin') ?? 0) + 1);
  });

  it('keeps a posting without a date on the day it was first seen', async () => {
    await ingestPostings([posting(30, { datePosted: null, postedDay: '2026-11-20' })], {
      clock: systemClock,
    });
    await ingestPostings(
      [posting(30, { datePosted: null, postedDay: '2026-11-22', seenAt: new Date('2026-11-22T02:00:00Z') })],
      { clock: systemClock },
    );
    const stored = await JobPostingModel.findById('theirstack:30').lean();
    expect(stored).toMatchObject({ postedDay: '2026-11-20', firstSeenAt: SEEN });
    expect(stored?.lastSeenAt.toISOString()).toBe('2026-11-22T02:00:00.000Z');
  });

  it('replays a batch interrupted after its journal was written, exactly once', async () => {
    await ingestPostings([posting(40)], { clock: systemClock });
    // A crash between a cell's increment and the journal's deletion: replay must skip that cell.
    const cellsBefore = await allCells();
    const seq = 9_999_999;
    const delta = {
      id: cellsBefore[0]?._id as string,
      scope: 'x',
      day: '2026-11-18',
      role: '*',
      country: '*',
      remote: '*',
      paths: ['n'],
      amounts: [1],
    };
    await applyCellDeltas(seq, [delta], 'replay');
    await applyCellDeltas(seq, [delta], 'replay');
    const cellAfter = (await allCells()).find((cell) => cell._id === delta.id);
    const cellBefore = cellsBefore.find((cell) => cell._id === delta.id);
    expect(cellAfter?.n).toBe((cellBefore?.n ?? 0) + 1);
    await applyCellDeltas(seq, [{ ...delta, amounts: [-1] }], 'replay');
    expect((await allCells()).find((cell) => cell._id === delta.id)?.n).toBe((cellBefore?.n ?? 0) + 1);
    await recomputeRollups();
    expect(await replayPendingBatches()).toBe(0);
  });

  it('matches a full recomputation after a random sequence of inserts, repeats, role additions and cleanups', async () => {
    await recomputeRollups();
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const skills = ['python', 'go', 'react', 'typescript', 'aws', 'docker', 'next.js', '.net'];
    const roles = ['backend engineer', 'frontend engineer', 'data engineer'];
    const countries: [string | null, string][] = [
      ['DE', 'Berlin, Germany'],
      ['US', 'Austin, Texas, United States'],
      [null, 'Remote'],
    ];
    for (let step = 0; step < 16; step++) {
      const page: MappedPosting[] = [];
      const size = 1 + Math.floor(random() * 8);
      for (let i = 0; i < size; i++) {
        const id = 100 + Math.floor(random() * 40);
        const [countryCode, location] = pick(countries);
        const day = 10 + Math.floor(random() * 15);
        const salaried = random() < 0.5;
        page.push(
          posting(id, {
            role: pick(roles),
            skills: skills.filter(() => random() < 0.4),
            countryCode,
            location,
            remote: countryCode === null ? true : pick([true, false, null]),
            datePosted: random() < 0.8 ? new Date(`2026-11-${day}T00:00:00Z`) : null,
            postedDay: `2026-11-${day}`,
            minAnnualSalaryUsd: salaried ? 50_000 + Math.floor(random() * 50_000) : null,
            maxAnnualSalaryUsd: salaried ? 110_000 : null,
            seenAt: new Date(Date.UTC(2026, 10, day, 3)),
          }),
        );
      }
      await ingestPostings(page, {
        clock: fixedClock(`2026-11-${String(10 + step).padStart(2, '0')}T04:00:00Z`),
      });
      if (step % 5 === 4)
        await removePostingsLastSeenBefore(new Date(Date.UTC(2026, 10, 10 + step / 2)), {
          clock: systemClock,
        });
    }
    const verification = await verifyRollups();
    expect(verification.differingCells).toEqual([]);
    expect(verification.consistent).toBe(true);
    const incremental = await marketTotals();
    await recomputeRollups();
    const recomputed = await marketTotals();
    expect(incremental).toEqual(recomputed);
    expect(await recoverPendingIngestion()).toBe(0);
  });

  it('removes stale postings together with their contributions', async () => {
    await ingestPostings([posting(500, { seenAt: new Date('2026-01-01T00:00:00Z'), skills: ['cobol'] })], {
      clock: systemClock,
    });
    expect((await marketTotals()).skills.get('cobol')).toBe(1);
    const removed = await removePostingsLastSeenBefore(new Date('2026-06-01T00:00:00Z'), {
      clock: systemClock,
    });
    expect(removed).toBeGreaterThanOrEqual(1);
    expect((await marketTotals()).skills.get('cobol')).toBeUndefined();
    expect(await JobPostingModel.countDocuments({ _id: 'theirstack:500' })).toBe(0);
  });
});
