import type { Collection } from 'mongodb';
import { type DayWindow, monthOf, monthsOf } from '../clock/index.js';
import { isDuplicateKeyError } from '../database/index.js';
import { RollupCounterModel } from './rollup.model.js';
import type { DayStamps } from './rollup-blocks.js';

/**
 * The counter that says what the cells hold: `seq` (the ingestion stamp cached answers are
 * keyed by), `epoch` (moved by rebuilds of every cell) and the days' change stamps (see
 * DayStamps), one JSON string a month under `months`. FerretDB decodes every field of a
 * document it reads whatever the projection (some 10 µs a field), and this one is read by every
 * uncached window sum: a field a day ever written would make each sum dearer as the store ages
 * (some 4 ms a year), a string a month costs a field a month. Stamps are never dropped: a day
 * read as 0 after its stamp was dropped would pass a block summed under 0 before the day changed.
 */
interface ChangeCounter {
  _id: string;
  seq: number;
  epoch?: number;
  months?: Record<string, string>;
  /**
   * Where stamps were kept a field a day before. While it is there (left by a writer of that
   * time, or not yet dropped) readers trust no block; the next markCellsChanged drops it and
   * moves the epoch, so no block summed before counts either.
   */
  days?: unknown;
}

const APPLIED_COUNTER = 'ingestion-applied';

function counterCollection(): Collection<ChangeCounter> {
  return RollupCounterModel.db.collection<ChangeCounter>(RollupCounterModel.collection.collectionName);
}

function byMonth(days: readonly string[]): Map<string, string[]> {
  const months = new Map<string, string[]>();
  for (const day of days) months.set(monthOf(day), [...(months.get(monthOf(day)) ?? []), day]);
  return months;
}

/**
 * Moved after a batch's cells are written (the batch counter moves before), so an answer
 * cached under this stamp can never predate the cells it names. The same update sets the stamp
 * of each day the batch `seq` wrote cells of, or moves the epoch when every cell was rebuilt:
 * no block summed before can pass for current.
 */
export async function markCellsChanged(seq: number, days: Iterable<string> | 'every day'): Promise<void> {
  if (days === 'every day') {
    await counterCollection().updateOne(
      { _id: APPLIED_COUNTER },
      { $inc: { seq: 1 }, $set: { epoch: seq }, $unset: { days: '' } },
      { upsert: true },
    );
    return;
  }
  const changed = byMonth([...days]);
  // A month's stamps are one string, so a write replaces it only if it is still the one read,
  // else reads again: an upsert whose filter no longer matches fails on the primary key. On
  // MongoDB that keeps two writers' stamps (a lapsed ingestion lease can let two in); FerretDB
  // 1.24 applies an update as a read and a replace, so there two concurrent updates of the
  // counter can still lose one, as any two updates of one document can.
  for (;;) {
    const counter = await counterCollection().findOne(
      { _id: APPLIED_COUNTER },
      { projection: { epoch: 1, months: 1, days: 1 } },
    );
    const months = counter?.months ?? {};
    const unchanged: Record<string, unknown> = {};
    const set: Record<string, unknown> = {};
    for (const [month, daysOfMonth] of changed) {
      const stamps: Record<string, number> = JSON.parse(months[month] ?? '{}');
      for (const day of daysOfMonth) stamps[day.slice(8)] = seq;
      unchanged[`months.${month}`] = months[month] ?? { $exists: false };
      set[`months.${month}`] = JSON.stringify(stamps);
    }
    // Leaving the stamps of before (see ChangeCounter.days), unless a rebuild holds the epoch.
    if (counter?.days !== undefined && (counter.epoch ?? 0) >= 0) set.epoch = seq;
    try {
      await counterCollection().updateOne(
        { _id: APPLIED_COUNTER, ...unchanged },
        { $inc: { seq: 1 }, $unset: { days: '' }, ...(Object.keys(set).length > 0 ? { $set: set } : {}) },
        { upsert: true },
      );
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}

/**
 * Before a rebuild of every cell touches any: the epoch turns negative, so no reader trusts or
 * stores a block until markCellsChanged(seq, 'every day') ends the rebuild. A rebuild that dies
 * midway leaves blocks unused (answers read day cells, exactly) until the next one completes.
 */
export async function markRebuildStarted(seq: number): Promise<void> {
  await counterCollection().updateOne({ _id: APPLIED_COUNTER }, { $set: { epoch: -seq } }, { upsert: true });
}

/** The epoch and the stamps of the window's days (and their months' other days), all 0 before any batch. */
export async function readDayStamps(window: DayWindow): Promise<DayStamps> {
  const counter = await counterCollection().findOne(
    { _id: APPLIED_COUNTER },
    { projection: { epoch: 1, months: 1, days: 1 } },
  );
  const days: Record<string, number> = {};
  for (const month of monthsOf(window)) {
    const stamps: Record<string, number> = JSON.parse(counter?.months?.[month] ?? '{}');
    for (const [dayOfMonth, seq] of Object.entries(stamps)) days[`${month}-${dayOfMonth}`] = seq;
  }
  // Stamps a field a day, of before: blocks unusable until markCellsChanged moves past them.
  if (counter?.days !== undefined) return { epoch: -1, days };
  return { epoch: counter?.epoch ?? 0, days };
}

/** A cheap version stamp for cached answers: it grows whenever cells have changed. */
export async function currentBatchSeq(): Promise<number> {
  return (await counterCollection().findOne({ _id: APPLIED_COUNTER }, { projection: { seq: 1 } }))?.seq ?? 0;
}
