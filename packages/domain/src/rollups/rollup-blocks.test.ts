import { mappedPosting, storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { addDays, type DayWindow, fixedClock } from '../clock/index.js';
import { ingestPostings, recomputeRollups } from '../ingestion/index.js';
import { markRebuildStarted, nextBatchSeq } from './rollup.repository.js';
import { readBlockPart, storedBlockId, writeBlockPart } from './rollup-block.repository.js';
import { addCounters } from './rollup-blocks.js';
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
