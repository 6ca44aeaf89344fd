import { mappedPosting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { addDays, type DayWindow, fixedClock } from '../clock/index.js';
import { ingestPostings, recomputeRollups, recoverPendingIngestion } from '../ingestion/index.js';
import { IngestionSession } from '../ingestion/ingestion-session.js';
import { INGESTION_LOCK } from '../ingestion/journal-replay.js';
import type { MappedPosting } from '../postings/index.js';
import { type CellReader, readCells } from './rollup.repository.js';
import { storedBlockId } from './rollup-block.repository.js';
import { MAX_BLOCK_DAYS, piecesOf } from './rollup-blocks.js';
import { ANY, MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
import { sumCells } from './rollup-totals.js';
import { sumWindowCells } from './rollup-window.repository.js';

useTestDatabase();

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

describe('piecesOf', () => {
  it('covers every day of a window once, in order, with aligned blocks and the largest that fit', () => {
    const window = { from: '2026-10-03', to: '2026-11-01' };
    const pieces = piecesOf(window);
    expect(pieces.map(({ from, days }) => `${from}+${days}`)).toEqual([
      '2026-10-03+1',
      '2026-10-04+2',
      '2026-10-06+4',
      '2026-10-10+16',
      '2026-10-26+4',
      '2026-10-30+2',
      '2026-11-01+1',
    ]);
    for (const { from, days } of pieces) expect(dayNumber(from) % days).toBe(0);
    expect(piecesOf({ from: '2026-10-10', to: '2026-11-11' }).map(({ days }) => days)).toEqual([
      MAX_BLOCK_DAYS,
      MAX_BLOCK_DAYS,
      1,
    ]);
    expect(piecesOf({ from: '2026-10-05', to: '2026-10-04' })).toEqual([]);
  });
});

const WINDOW: DayWindow = { from: '2026-10-03', to: '2026-11-01' };
const ROLE_SCOPE: RollupScope = { role: 'backend engineer', country: ANY, remote: ANY };
const SLICE_SCOPE: RollupScope = { role: 'backend engineer', country: 'DE', remote: 'no' };
const clock = fixedClock('2026-11-02T06:00:00Z');

/** `count` postings from `first` on, one a day from `day` on, with salaries and skills that vary. */
function postings(first: number, count: number, day: string) {
  return Array.from({ length: count }, (_, index) => {
    const postedDay = addDays(day, index);
    return mappedPosting(first + index, {
      datePosted: new Date(`${postedDay}T09:00:00Z`),
      postedDay,
      minAnnualSalaryUsd: 50_000 + index * 7_000,
      maxAnnualSalaryUsd: 80_000 + index * 9_000,
      skills: index % 3 === 0 ? ['python', 'react'] : ['python', 'go'],
      location: index % 2 === 0 ? 'Berlin, Germany' : 'Munich, Germany',
    });
  });
}

/** The posting `id` on `day`, as postings() makes it, with other skills. */
const reskilled = (id: number, day: string, skills: string[]) => ({
  ...(postings(id, 1, day)[0] as MappedPosting),
  skills,
});

/** Every reader's window sums of each kind of scope equal the sum of their day cells. */
async function expectSumsOfDayCells(): Promise<void> {
  const readers: CellReader[] = ['market', 'growth', 'gap', 'skill', 'roles'];
  for (const scope of [MARKET_WIDE_SCOPE, ROLE_SCOPE, SLICE_SCOPE]) {
    const summed = await sumWindowCells(
      scope,
      readers.map((reader) => ({ window: WINDOW, reader })),
    );
    for (const [index, reader] of readers.entries()) {
      expect(summed[index]).toEqual(sumCells(await readCells(scope, WINDOW, reader)));
    }
  }
}

const marketPostings = async () =>
  (await sumWindowCells(MARKET_WIDE_SCOPE, [{ window: WINDOW, reader: 'market' }]))[0]?.postings;

describe('window sums over blocks', () => {
  it('store the blocks they sum, and follow ingestion, removal and rebuilds of the cells exactly', async () => {
    await ingestPostings(postings(1, 30, WINDOW.from), { clock });
    await expectSumsOfDayCells();
    const blocks = await storedCollection('rollup_blocks').countDocuments();
    expect(blocks).toBeGreaterThan(0);
    // A slice's blocks are split by part, though its day cells are not: growth windows read only the core.
    // Each family of counters is stored as one string (a bare count as it is).
    const sliceBlock = 'r=backend engineer;c=DE;m=no|2026-10-10+16';
    const [core, detail] = await Promise.all(
      [sliceBlock, `${sliceBlock}#detail`].map((id) =>
        storedCollection('rollup_blocks').findOne({ _id: storedBlockId(id) as never }),
      ),
    );
    expect(Object.keys(core ?? {}).sort()).toEqual(['_id', 'epoch', 'n', 's', 'src', 'stamps']);
    expect([typeof core?.n, typeof core?.s, typeof detail?.sh]).toEqual(['number', 'string', 'string']);
    await expectSumsOfDayCells();
    expect(await storedCollection('rollup_blocks').countDocuments()).toBe(blocks);

    // A posting inside the 16-day block, another changing its skills, and one on the window's last
    // day (a block of one day): the blocks holding their days are summed again.
    await ingestPostings(
      [
        ...postings(100, 1, '2026-10-15'),
        reskilled(12, '2026-10-14', ['rust']),
        ...postings(101, 1, WINDOW.to),
      ],
      { clock },
    );
    expect(await marketPostings()).toBe(32);
    await expectSumsOfDayCells();

    // Stored postings changed behind the rollups' back: only a rebuild brings the cells back in line.
    await storedCollection('job_postings').deleteOne({ _id: 'theirstack:100' as never });
    await recomputeRollups();
    expect(await marketPostings()).toBe(31);
    await expectSumsOfDayCells();
  });

  it('count a crashed session’s pages once the journal is replayed', async () => {
    const before = await marketPostings();
    await ingestPostings(postings(200, 30, WINDOW.from), { clock });
    expect(await marketPostings()).toBe((before ?? 0) + 30);
    const session = new IngestionSession({ clock, flushEveryPages: 100 });
    await session.ingest(postings(300, 5, '2026-10-11'));
    await session.ingest([reskilled(210, '2026-10-13', ['kotlin'])]);
    // What a killed writer leaves: its journal and cells as they are, its lease gone.
    await storedCollection('locks').deleteOne({ _id: INGESTION_LOCK as never });
    expect(await marketPostings()).toBe((before ?? 0) + 30);
    expect(await recoverPendingIngestion()).toBe(2);
    expect(await marketPostings()).toBe((before ?? 0) + 35);
    await expectSumsOfDayCells();
  });
});
