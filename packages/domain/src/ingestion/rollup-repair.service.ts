import { isDeepStrictEqual } from 'node:util';
import { withLock } from '../database/index.js';
import { setContributions, streamContributionFields } from '../postings/index.js';
import {
  allCells,
  CellDeltaAccumulator,
  contributionOf,
  incrementsOf,
  markCellsChanged,
  markRebuildStarted,
  nextBatchSeq,
  partDeltas,
  ROLLUP_FORMAT,
  type RollupCellDocument,
  recordRollupFormat,
  replaceAllCells,
  type StoredCellDelta,
  sameContribution,
  storedRollupFormat,
  toStoredDelta,
} from '../rollups/index.js';
import {
  INGESTION_LOCK,
  recoverPendingIngestion,
  replayPendingBatches,
} from './posting-ingestion.service.js';

/** Contributions corrected per bulk write while restamping. */
const RESTAMP_BATCH = 1_000;

/** The cells the stored postings imply, computed from scratch. */
async function expectedCells(): Promise<{ deltas: StoredCellDelta[]; postings: number }> {
  const accumulator = new CellDeltaAccumulator();
  let postings = 0;
  for await (const posting of streamContributionFields()) {
    accumulator.add(contributionOf(posting), 1);
    postings++;
  }
  return { deltas: accumulator.deltas().map(toStoredDelta), postings };
}

/** A stored document reduced to its non-zero counters, in a form two cells can be compared by. */
function countersOf(cell: RollupCellDocument | StoredCellDelta): Record<string, number> {
  const flat: Record<string, number> = {};
  const visit = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'number') {
        if (value !== 0) flat[path] = value;
      } else if (value && typeof value === 'object') visit(value as Record<string, unknown>, path);
    }
  };
  if ('paths' in cell) {
    for (const [path, value] of Object.entries(incrementsOf(cell))) if (value !== 0) flat[path] = value;
  } else {
    const {
      _id,
      seq: _seq,
      scope: _scope,
      day: _day,
      role: _role,
      country: _country,
      remote: _remote,
      ...counters
    } = cell as RollupCellDocument & Record<string, unknown>;
    visit(counters, '');
  }
  return flat;
}

export interface RollupVerification {
  consistent: boolean;
  /** Ids of cell documents whose stored counters differ from what the postings imply. */
  differingCells: string[];
  postingsScanned: number;
}

/** Compares the stored rollups with a recomputation from postings (an operations check; writes nothing). */
export async function verifyRollups(): Promise<RollupVerification> {
  await recoverPendingIngestion();
  const [{ deltas, postings }, stored] = await Promise.all([expectedCells(), allCells()]);
  // Compared document by document: each part of a cell under its own id (partDeltas).
  const expectedById = new Map(deltas.flatMap(partDeltas).map((delta) => [delta.id, countersOf(delta)]));
  const storedById = new Map(stored.map((cell) => [cell._id, countersOf(cell)]));
  const differing = new Set<string>();
  for (const [id, counters] of expectedById) {
    if (!isDeepStrictEqual(counters, storedById.get(id) ?? {})) differing.add(id);
  }
  for (const [id, counters] of storedById) {
    if (!expectedById.has(id) && Object.keys(counters).length > 0) differing.add(id);
  }
  return {
    consistent: differing.size === 0,
    differingCells: [...differing].sort(),
    postingsScanned: postings,
  };
}

export interface RollupRecomputation {
  postings: number;
  cells: number;
}

/** Rebuilds every rollup cell from the postings, and re-stamps each posting's applied contribution. */
export async function recomputeRollups(): Promise<RollupRecomputation> {
  return withLock(
    INGESTION_LOCK,
    async () => {
      await replayPendingBatches();
      const { deltas, postings } = await expectedCells();
      await restampContributions();
      const seq = await nextBatchSeq();
      await markRebuildStarted(seq);
      await replaceAllCells(deltas, seq);
      await markCellsChanged(seq, 'every day');
      return { postings, cells: deltas.length };
    },
    { ttlMs: 600_000 },
  );
}

/** Stores each posting's contribution where it differs from the stored one (usually none do). */
async function restampContributions(): Promise<void> {
  let updates: Parameters<typeof setContributions>[0][number][] = [];
  for await (const posting of streamContributionFields()) {
    const contribution = contributionOf(posting);
    if (sameContribution(posting.contribution ?? null, contribution)) continue;
    updates.push({ sourceKey: posting._id, contribution });
    if (updates.length === RESTAMP_BATCH) {
      await setContributions(updates);
      updates = [];
    }
  }
  await setContributions(updates);
}

/**
 * Rebuilds the cells when they were written in an older format than this code writes
 * (see ROLLUP_FORMAT), so answers never mix two formats; records the format either way.
 * Returns whether a rebuild was needed. Run by the worker at start-up.
 */
export async function upgradeRollupFormat(): Promise<boolean> {
  const stored = await storedRollupFormat();
  if (stored !== null && stored >= ROLLUP_FORMAT) return false;
  if (stored !== null) await recomputeRollups();
  await recordRollupFormat(ROLLUP_FORMAT);
  return stored !== null;
}
