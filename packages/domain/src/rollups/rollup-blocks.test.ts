import { mappedPosting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { addDays, type DayWindow, fixedClock } from '../clock/index.js';
import { ingestPostings, recomputeRollups } from '../ingestion/index.js';
import { markCellsChanged, markRebuildStarted, readDayStamps } from './change-stamps.repository.js';
import { nextBatchSeq } from './rollup.repository.js';
import { readBlockPart, storedBlockId, writeBlockPart } from './rollup-block.repository.js';
import { addCounters, blockId, piecesOf } from './rollup-blocks.js';
import { MARKET_WIDE_SCOPE } from './rollup-keys.js';
import { sumWindowCells } from './rollup-window.repository.js';

useTestDatabase();

const WINDOW: DayWindow = { from: '2026-10-03', to: '2026-11-01' };
const clock = fixedClock('2026-11-02T06:00:00Z');
/** The market-wide core part of the 16-day block inside WINDOW, and its stored id. */
const BLOCK = 'r=*;c=*;m=*|2026-10-10+16';
const STORED_BLOCK = storedBlockId(BLOCK);
const TAMPERING = 1_000;

const onDay = (id: number, day: string) =>
  mappedPosting(id, { datePosted: new Date(`${day}T09:00:00Z`), postedDay: day, skills: ['python'] });
const postingsFrom = (first: number, count: number, day: string) =>
  Array.from({ length: count }, (_, index) => onDay(first + index, addDays(day, index)));

const marketPostings = async () =>
  (await sumWindowCells(MARKET_WIDE_SCOPE, [{ window: WINDOW, reader: 'market' }]))[0]?.postings;
const blocks = () => storedCollection('rollup_blocks');
/** Changes a stored block behind the cells' back, so a test can tell whether it was read. */
const tamperWithBlock = () => blocks().updateOne({ _id: STORED_BLOCK as never }, { $inc: { n: TAMPERING } });
const storedBlockPostings = async () => (await blocks().findOne({ _id: STORED_BLOCK as never }))?.n;

describe('stored window blocks', () => {
  it('are served while current, and summed again from the day cells once a day of theirs changes', async () => {
    await ingestPostings(postingsFrom(1, 30, WINDOW.from), { clock });
    expect(await marketPostings()).toBe(30);
    await tamperWithBlock();
    expect(await marketPostings()).toBe(30 + TAMPERING);

    await ingestPostings([onDay(100, '2026-10-12')], { clock });
    expect(await marketPostings()).toBe(31);
    expect(await storedBlockPostings()).toBe(17);
  });

  it('are neither trusted nor stored while every cell is rebuilt, and are again once it ends', async () => {
    await tamperWithBlock();
    expect(await marketPostings()).toBe(31 + TAMPERING);
    await markRebuildStarted(await nextBatchSeq());
    expect(await marketPostings()).toBe(31);
    expect(await storedBlockPostings()).toBe(17 + TAMPERING);

    await recomputeRollups();
    expect(await marketPostings()).toBe(31);
    expect(await storedBlockPostings()).toBe(17);
  });

  it('are built by concurrent first readers without failing any of them', async () => {
    await blocks().deleteMany({});
    const sums = await Promise.all(Array.from({ length: 20 }, () => marketPostings()));
    expect(new Set(sums)).toEqual(new Set([31]));
    expect(await storedBlockPostings()).toBe(17);
  });

  it('never read a block of the earlier encoding (nested counters under the bare id)', async () => {
    const current = await blocks().findOne({ _id: STORED_BLOCK as never });
    await blocks().insertOne({
      _id: BLOCK as never,
      epoch: current?.epoch,
      stamps: current?.stamps,
      n: TAMPERING,
    });
    expect(await marketPostings()).toBe(31);
    expect((await blocks().findOne({ _id: BLOCK as never }))?.n).toBe(TAMPERING);
  });
});

describe('day stamps', () => {
  it('are read for the months a window spans, across a year end', async () => {
    await markCellsChanged(await nextBatchSeq(), ['2026-12-30', '2026-12-31', '2027-01-01']);
    const later = await nextBatchSeq();
    await markCellsChanged(later, ['2027-01-01', '2027-02-10']);
    const { days } = await readDayStamps({ from: '2026-12-31', to: '2027-01-02' });
    expect(Object.keys(days).sort()).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(days['2027-01-01']).toBe(later);
    expect(days['2026-12-31']).toBeLessThan(later);
    expect((await readDayStamps({ from: '2027-02-01', to: '2027-02-28' })).days).toEqual({
      '2027-02-10': later,
    });
  });

  it('make a block that spans two months current exactly until a day of either month changes', async () => {
    const window: DayWindow = { from: '2026-08-20', to: '2026-09-25' };
    const spanning = piecesOf(window).find(
      ({ from, days }) => from.slice(0, 7) !== addDays(from, days - 1).slice(0, 7) && days > 2,
    );
    if (!spanning) throw new Error('the window has no block spanning two months');
    const stored = storedBlockId(blockId(MARKET_WIDE_SCOPE, spanning));
    const firstDay = spanning.from;
    const lastDay = addDays(spanning.from, spanning.days - 1);
    const postings = async () =>
      (await sumWindowCells(MARKET_WIDE_SCOPE, [{ window, reader: 'market' }]))[0]?.postings;
    const tamper = () => blocks().updateOne({ _id: stored as never }, { $inc: { n: TAMPERING } });
    await ingestPostings([onDay(200, firstDay), onDay(201, lastDay)], { clock });
    expect(await postings()).toBe(2);

    await tamper();
    expect(await postings()).toBe(2 + TAMPERING);
    await ingestPostings([onDay(202, firstDay)], { clock });
    expect(await postings()).toBe(3);

    await tamper();
    expect(await postings()).toBe(3 + TAMPERING);
    await ingestPostings([onDay(203, lastDay)], { clock });
    expect(await postings()).toBe(4);
    expect((await blocks().findOne({ _id: stored as never }))?.n).toBe(4);
  });

  it('of the earlier field-a-day form leave every block untrusted until the next batch moves the epoch', async () => {
    const counters = storedCollection('rollup_counters');
    expect(await marketPostings()).toBe(31);
    await tamperWithBlock();
    expect(await marketPostings()).toBe(31 + TAMPERING);
    // A writer of before sets a day's stamp its way: readers must not trust the block.
    await counters.updateOne({ _id: 'ingestion-applied' as never }, { $set: { 'days.2026-10-12': 999 } });
    expect((await readDayStamps(WINDOW)).epoch).toBe(-1);
    expect(await marketPostings()).toBe(31);

    await tamperWithBlock();
    const seq = await nextBatchSeq();
    await markCellsChanged(seq, ['2026-10-12']);
    const counter = await counters.findOne({ _id: 'ingestion-applied' as never });
    expect(counter).not.toHaveProperty('days');
    expect(counter?.epoch).toBe(seq);
    expect(JSON.parse(counter?.months['2026-10'])).toMatchObject({ '12': seq });
    expect(await marketPostings()).toBe(31);
  });
});

describe('stored block parts', () => {
  it('come back with the families asked for, counters named like Object properties included', async () => {
    const locations = JSON.parse('{"constructor":2,"__proto__":3,"berlin":4}');
    const histograms = { python: { 7: 2, 12: 1 } };
    await writeBlockPart({ _id: 'block+2', epoch: 3, stamps: [5, 6], n: 9, l: locations, sh: histograms });
    const read = await readBlockPart('block+2', ['n', 'l']);
    expect(Object.keys(read ?? {}).sort()).toEqual(['_id', 'epoch', 'l', 'n', 'stamps']);
    expect(read).toMatchObject({ _id: 'block+2', epoch: 3, stamps: [5, 6], n: 9 });
    expect(Object.entries(read?.l ?? {}).sort()).toEqual(Object.entries(locations).sort());
    expect((await readBlockPart('block+2', ['sh']))?.sh).toEqual(histograms);
    expect(await readBlockPart('block+4', ['n'])).toBeNull();
  });
});

describe('addCounters', () => {
  it('sums counters named like Object properties as plain counters', () => {
    const day = JSON.parse('{"_id":"x","l":{"constructor":2,"toString":1,"__proto__":3,"berlin":4}}');
    const block = {};
    addCounters(block, day, () => true);
    addCounters(block, day, () => true);
    const locations = (block as { l: Record<string, number> }).l;
    expect(Object.entries(locations).sort()).toEqual([
      ['__proto__', 6],
      ['berlin', 8],
      ['constructor', 4],
      ['toString', 2],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).berlin).toBeUndefined();
  });
});
