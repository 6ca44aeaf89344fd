import type { DayWindow } from '../clock/index.js';
import { RollupCellModel, RollupCounterModel, RollupJournalModel } from './rollup.models.js';
import type { CellDelta } from './rollup-cells.js';
import { ANY, type RollupScope, scopeKey } from './rollup-keys.js';
import type { RollupCellDocument } from './rollup-totals.js';

/** A cell delta as stored in the journal (plain object instead of a Map). */
export interface StoredCellDelta {
  id: string;
  scope: string;
  day: string;
  role: string;
  country: string;
  remote: string;
  /** Field paths and the amounts to add, as parallel lists: the paths contain dots, so they can't be stored as keys. */
  paths: string[];
  amounts: number[];
}

export function toStoredDelta(delta: CellDelta): StoredCellDelta {
  const { increments, ...key } = delta;
  return { ...key, paths: [...increments.keys()], amounts: [...increments.values()] };
}

export function incrementsOf(delta: StoredCellDelta): Record<string, number> {
  const increments: Record<string, number> = {};
  delta.paths.forEach((path, index) => {
    increments[path] = delta.amounts[index] as number;
  });
  return increments;
}

const BATCH_COUNTER = 'ingestion-batch';

export async function nextBatchSeq(): Promise<number> {
  const counter = await RollupCounterModel.findOneAndUpdate(
    { _id: BATCH_COUNTER },
    { $inc: { seq: 1 } },
    { upsert: true, new: true },
  ).lean();
  return counter.seq;
}

/** Grows with every applied batch: a cheap version stamp for cached answers. */
export async function currentBatchSeq(): Promise<number> {
  const counter = await RollupCounterModel.findById(BATCH_COUNTER).lean();
  return counter?.seq ?? 0;
}

/**
 * Adds the deltas of batch `seq` to their cells. A cell remembers the last
 * batch applied to it, so replaying a batch after a crash skips the cells it
 * already reached. Callers hold the ingestion lock, so no other batch moves a
 * cell between the read and the writes.
 */
export async function applyCellDeltas(seq: number, deltas: readonly StoredCellDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const cells = RollupCellModel.collection;
  const existing = await cells
    .find({ _id: { $in: deltas.map((delta) => delta.id) as never[] } }, { projection: { seq: 1 } })
    .toArray();
  const appliedSeq = new Map(existing.map((cell) => [cell._id as unknown as string, cell.seq as number]));
  const missing = deltas.filter((delta) => !appliedSeq.has(delta.id));
  const behind = deltas.filter((delta) => (appliedSeq.get(delta.id) ?? seq) < seq);
  if (missing.length > 0) {
    await cells.insertMany(missing.map((delta) => cellDocument(delta, seq)) as never[], { ordered: true });
  }
  if (behind.length > 0) {
    await cells.bulkWrite(
      behind.map((delta) => ({
        updateOne: {
          filter: { _id: delta.id as never },
          update: { $inc: incrementsOf(delta), $set: { seq } },
        },
      })),
      { ordered: true },
    );
  }
}

function cellDocument(delta: StoredCellDelta, seq: number): Record<string, unknown> {
  return {
    _id: delta.id,
    scope: delta.scope,
    day: delta.day,
    role: delta.role,
    country: delta.country,
    remote: delta.remote,
    seq,
    ...expandDottedPaths(incrementsOf(delta)),
  };
}

export async function readCells(scope: RollupScope, window: DayWindow): Promise<RollupCellDocument[]> {
  return RollupCellModel.collection
    .find({ scope: scopeKey(scope), day: { $gte: window.from, $lte: window.to } })
    .toArray() as unknown as Promise<RollupCellDocument[]>;
}

/** Posting counts per role in the window, from the role-wide cells. */
export async function postingsPerRole(window: DayWindow): Promise<Map<string, number>> {
  const cells = await RollupCellModel.collection
    .find(
      { country: ANY, remote: ANY, role: { $ne: ANY }, day: { $gte: window.from, $lte: window.to } },
      { projection: { role: 1, n: 1 } },
    )
    .toArray();
  const totals = new Map<string, number>();
  for (const cell of cells) {
    const role = cell.role as string;
    totals.set(role, (totals.get(role) ?? 0) + ((cell.n as number | undefined) ?? 0));
  }
  return totals;
}

/** A posting write in a form that can itself be stored (no '$' keys). */
export type JournalPostingWrite =
  | {
      kind: 'upsert';
      sourceKey: string;
      set: Record<string, unknown>;
      setOnInsert: Record<string, unknown>;
      addToSet: { roles: string[]; searchLocations: string[] };
    }
  | { kind: 'delete'; sourceKey: string };

export interface JournalEntry {
  _id: number;
  createdAt: Date;
  postingWrites: JournalPostingWrite[];
  cellDeltas: StoredCellDelta[];
}

export async function writeJournal(entry: JournalEntry): Promise<void> {
  await RollupJournalModel.collection.insertOne(entry as never);
}

export async function pendingJournal(): Promise<JournalEntry[]> {
  return RollupJournalModel.collection.find({}).sort({ _id: 1 }).toArray() as unknown as Promise<
    JournalEntry[]
  >;
}

export async function deleteJournal(seq: number): Promise<void> {
  await RollupJournalModel.collection.deleteOne({ _id: seq as never });
}

export async function allCells(): Promise<RollupCellDocument[]> {
  return RollupCellModel.collection.find({}).toArray() as unknown as Promise<RollupCellDocument[]>;
}

/** Replaces every cell; only the repair operation calls this, under the ingestion lock. */
export async function replaceAllCells(deltas: readonly StoredCellDelta[], seq: number): Promise<void> {
  await RollupCellModel.collection.deleteMany({});
  const chunkSize = 500;
  for (let start = 0; start < deltas.length; start += chunkSize) {
    const chunk = deltas.slice(start, start + chunkSize);
    await RollupCellModel.collection.insertMany(chunk.map((delta) => cellDocument(delta, seq)) as never[], {
      ordered: true,
    });
  }
}

/** { 's.react': 2 } → { s: { react: 2 } }, for inserting whole documents. */
function expandDottedPaths(flat: Record<string, number>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return root;
}

export async function deleteCellsBefore(day: string): Promise<number> {
  const result = await RollupCellModel.collection.deleteMany({ day: { $lt: day } });
  return result.deletedCount;
}
