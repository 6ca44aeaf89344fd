import { mappedPosting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { applyCellDeltas } from './cell-writes.repository.js';
import { allCells, nextBatchSeq } from './rollup.repository.js';
import { CellDeltaAccumulator } from './rollup-cells.js';
import { contributionOf } from './rollup-contribution.js';
import { cellId, MARKET_WIDE_SCOPE } from './rollup-keys.js';
import type { RollupCellDocument } from './rollup-totals.js';
import { type StoredCellDelta, toStoredDelta } from './stored-cell-delta.js';

useTestDatabase();

/** The cell deltas of postings `ids` of one role, posted on `day`. */
function deltasOf(day: string, ids: number[], roles = ['backend engineer']): StoredCellDelta[] {
  const deltas = new CellDeltaAccumulator();
  for (const id of ids) {
    const posting = mappedPosting(id, { postedDay: day, datePosted: new Date(`${day}T00:00:00Z`) });
    deltas.add(contributionOf({ ...posting, roles }), 1);
  }
  return deltas.deltas().map(toStoredDelta);
}

/** The stored documents of a day, with the day taken out of ids and key fields, by id. */
async function documentsOf(day: string): Promise<Map<string, Record<string, unknown>>> {
  const documents = (await allCells()) as (RollupCellDocument & { day?: string })[];
  return new Map(
    documents
      .filter((document) => document.day === day)
      .map(({ _id, day: _day, ...rest }) => [_id.replace(day, 'DAY'), rest as Record<string, unknown>]),
  );
}

async function counter(id: string, field: 'n' | 'seq'): Promise<unknown> {
  const document = (await allCells()).find((cell) => cell._id === id) as Record<string, unknown> | undefined;
  return document?.[field];
}

describe('writing cell deltas a first time', () => {
  it('stores the documents of a new day exactly as upserting each of them would', async () => {
    const seq = await nextBatchSeq();
    await applyCellDeltas(seq, deltasOf('2026-09-01', [1, 2]), 'first');
    // A replay upserts every document behind its number: the reference for what a first write leaves.
    await applyCellDeltas(seq, deltasOf('2026-09-02', [1, 2]), 'replay');
    const inserted = await documentsOf('2026-09-01');
    expect(inserted.size).toBeGreaterThan(3);
    expect(inserted).toEqual(await documentsOf('2026-09-02'));
    expect(inserted.get(cellId(MARKET_WIDE_SCOPE, 'DAY'))).toMatchObject({ n: 2, seq });
  });

  it('adds to the stored documents of a day and creates the ones it lacks', async () => {
    const day = '2026-09-03';
    await applyCellDeltas(await nextBatchSeq(), deltasOf(day, [3]), 'first');
    const seq = await nextBatchSeq();
    await applyCellDeltas(seq, deltasOf(day, [4], ['backend engineer', 'data engineer']), 'first');
    const documents = await documentsOf(day);
    expect(documents.get(cellId(MARKET_WIDE_SCOPE, 'DAY'))).toMatchObject({ n: 2, seq });
    const roleWide = (role: string) => cellId({ role, country: '*', remote: '*' }, 'DAY');
    expect(documents.get(roleWide('backend engineer'))).toMatchObject({ n: 2, seq });
    expect(documents.get(roleWide('data engineer'))).toMatchObject({ n: 1, seq, role: 'data engineer' });
  });

  it('adds to a document already stored for a day whose market-wide cell is new', async () => {
    const day = '2026-09-04';
    const roleWide = cellId({ role: 'backend engineer', country: '*', remote: '*' }, day);
    const planted = deltasOf(day, [5]).filter((delta) => delta.id === roleWide);
    await applyCellDeltas(await nextBatchSeq(), planted, 'first');
    const seq = await nextBatchSeq();
    await applyCellDeltas(seq, deltasOf(day, [6]), 'first');
    expect(await counter(roleWide, 'n')).toBe(2);
    expect(await counter(roleWide, 'seq')).toBe(seq);
    expect(await counter(cellId(MARKET_WIDE_SCOPE, day), 'n')).toBe(1);
  });

  it('adds to a document already stored under a role whose role-wide cell is new on a stored day', async () => {
    const day = '2026-09-05';
    await applyCellDeltas(await nextBatchSeq(), deltasOf(day, [7]), 'first');
    const roles = ['backend engineer', 'qa engineer'];
    const inGermany = cellId({ role: 'qa engineer', country: 'DE', remote: '*' }, day);
    const planted = deltasOf(day, [8], roles).filter((delta) => delta.id === inGermany);
    await applyCellDeltas(await nextBatchSeq(), planted, 'replay');
    await applyCellDeltas(await nextBatchSeq(), deltasOf(day, [9], roles), 'first');
    expect(await counter(inGermany, 'n')).toBe(2);
    expect(await counter(cellId({ role: 'qa engineer', country: '*', remote: '*' }, day), 'n')).toBe(1);
    expect(await counter(cellId(MARKET_WIDE_SCOPE, day), 'n')).toBe(2);
  });
});

describe('a stored cell', () => {
  it('keeps each family of counters as one string, and a bare count and its keys as they are', async () => {
    const day = '2026-09-06';
    const seq = await nextBatchSeq();
    await applyCellDeltas(seq, deltasOf(day, [10, 11]), 'first');
    const stored = await storedCollection('rollup_cells').findOne({
      _id: cellId(MARKET_WIDE_SCOPE, day) as never,
    });
    expect(stored).toMatchObject({ n: 2, seq, day, role: '*', country: '*', remote: '*' });
    expect(typeof stored?.s).toBe('string');
    expect(JSON.parse(stored?.s as string)).toEqual(
      (await documentsOf(day)).get(cellId(MARKET_WIDE_SCOPE, 'DAY'))?.s,
    );
  });

  it('written with nested counters, as earlier releases wrote them, is read and added to', async () => {
    const day = '2026-09-07';
    const id = cellId(MARKET_WIDE_SCOPE, day);
    await storedCollection('rollup_cells').insertOne({
      _id: id as never,
      scope: '*|*|*',
      day,
      role: '*',
      country: '*',
      remote: '*',
      seq: 1,
      n: 3,
      s: { cobol: 3 },
    });
    const seq = await nextBatchSeq();
    const [marketWide] = deltasOf(day, [12]).filter((delta) => delta.id === id);
    await applyCellDeltas(seq, [marketWide as StoredCellDelta], 'first');
    const cell = (await allCells()).find((document) => document._id === id);
    expect(cell?.n).toBe(4);
    expect(cell?.s?.cobol).toBe(3);
    const skills = (marketWide as StoredCellDelta).paths.filter((path) => path.startsWith('s.'));
    for (const path of skills) expect(cell?.s?.[path.slice(2)]).toBeGreaterThanOrEqual(1);
    expect(typeof (await storedCollection('rollup_cells').findOne({ _id: id as never }))?.s).toBe('string');
  });
});
