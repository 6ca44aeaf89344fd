import type { Collection } from 'mongodb';
import { addDays, type DayWindow } from '../clock/index.js';
import { decodeCounters, encodeCounters } from './counter-encoding.js';
import { RollupCellModel, RollupCounterModel } from './rollup.model.js';
import { CELL_KEY_FIELDS, cellId, type RollupScope } from './rollup-keys.js';
import { type CellPart, partDocumentId, partsHolding } from './rollup-parts.js';
import type { RollupCellDocument } from './rollup-totals.js';

/** A cell's key fields and the last batch applied to it. */
interface CellKeys {
  _id: string;
  scope?: string;
  day?: string;
  role?: string;
  country?: string;
  remote?: string;
  seq?: number;
}

/** A cell as its readers and writers see it: its keys and nested counters. */
export type DecodedCell = RollupCellDocument & CellKeys;

/**
 * A cell as stored: its keys, and each family of counters as one JSON string
 * (counter-encoding.ts), which typegoose's schema does not describe, so cells
 * are read and written through the driver.
 */
export type EncodedCell = CellKeys & Record<string, unknown>;

export const encodeCell = (cell: DecodedCell): EncodedCell => ({
  ...encodeCounters(cell, CELL_KEY_FIELDS),
  _id: cell._id,
});

export const decodeCell = (stored: EncodedCell): DecodedCell =>
  decodeCounters<DecodedCell>(stored, CELL_KEY_FIELDS);

export function cellCollection(): Collection<EncodedCell> {
  return RollupCellModel.db.collection<EncodedCell>(RollupCellModel.collection.collectionName);
}

export async function ensureRollupIndexes(): Promise<void> {
  // syncIndexes also drops indexes the model no longer declares (the cells' scope/day ones).
  await RollupCellModel.syncIndexes();
  await RollupCounterModel.createIndexes();
}

const BATCH_COUNTER = 'ingestion-batch';

export async function nextBatchSeq(): Promise<number> {
  const counter = await RollupCounterModel.findOneAndUpdate(
    { _id: BATCH_COUNTER },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return counter.seq;
}

const FORMAT_COUNTER = 'cell-format';

/** The format the stored cells were written in; 1 for cells from before formats were recorded, null without cells. */
export async function storedRollupFormat(): Promise<number | null> {
  const counter = await RollupCounterModel.findById(FORMAT_COUNTER).lean();
  if (counter) return counter.seq;
  return (await RollupCellModel.collection.findOne({}, { projection: { _id: 1 } })) === null ? null : 1;
}

export async function recordRollupFormat(format: number): Promise<void> {
  await RollupCounterModel.updateOne({ _id: FORMAT_COUNTER }, { $set: { seq: format } }, { upsert: true });
}

/** Which counters a reader needs: the rest of a cell is never sent, and parts it needs nothing of never read. */
export const CELL_FIELDS = {
  market: ['n', 'src', 's', 'l', 'rm', 'sa', 'sl', 'sh', 'sb'],
  /** A market report's growth figures compare skill counts of two windows, nothing else. */
  growth: ['n', 's'],
  gap: ['n', 'src', 's', 'p'],
  roles: ['ro'],
  /** A skill's profile: demand, salaries, partners and roles of the market-wide cells. */
  skill: ['n', 'src', 's', 'sh', 'p', 'ro', 'rs'],
} as const satisfies Record<string, readonly (keyof RollupCellDocument)[]>;
export type CellReader = keyof typeof CELL_FIELDS;

const ALL_FAMILIES = [...new Set(Object.values(CELL_FIELDS).flat())];

/**
 * One day's cell of a scope with (at least) the counter families asked for: the part
 * documents holding them, each read by primary key, merged. Null when the day has none.
 */
async function readDay(
  scope: RollupScope,
  day: string,
  families: readonly string[],
): Promise<RollupCellDocument | null> {
  const id = cellId(scope, day);
  const parts = await Promise.all(
    [...partsHolding(scope, families)].map(([part, wanted]) =>
      cellCollection().findOne(
        { _id: partDocumentId(id, part) },
        { projection: Object.fromEntries(wanted.map((family) => [family, 1])) },
      ),
    ),
  );
  const found = parts.filter((part) => part !== null).map(decodeCell);
  if (found.length === 0) return null;
  return Object.assign({}, ...found, { _id: id }) as RollupCellDocument;
}

/** One part document of a day's cell, whole (null when the day has none). */
export async function readDayPart(
  scope: RollupScope,
  day: string,
  part: CellPart,
): Promise<RollupCellDocument | null> {
  const stored = await cellCollection().findOne({ _id: partDocumentId(cellId(scope, day), part) });
  return stored && decodeCell(stored);
}

/** The window's cells of one scope, read by primary key (one per day and part): no scan, whatever the data volume. */
export async function readCells(
  scope: RollupScope,
  window: DayWindow,
  reader?: CellReader,
): Promise<RollupCellDocument[]> {
  const families = reader ? CELL_FIELDS[reader] : ALL_FAMILIES;
  const cells = await Promise.all(daysOf(window).map((day) => readDay(scope, day, families)));
  return cells.filter((cell) => cell !== null);
}

function daysOf(window: DayWindow): string[] {
  const days: string[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Every stored document of every cell (each part under its own id, see partDeltas). */
export async function allCells(): Promise<RollupCellDocument[]> {
  return (await cellCollection().find({}).toArray()).map(decodeCell);
}
