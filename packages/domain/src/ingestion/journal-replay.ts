import { applyPostingWrites, type PostingWrite, readPostingStates } from '../postings/index.js';
import {
  applyCellDeltas,
  type CellDeltaAccumulator,
  markCellsChanged,
  nextBatchSeq,
  toStoredDelta,
} from '../rollups/index.js';
import {
  deleteJournal,
  type PageJournalEntry,
  type PageWritesJournalEntry,
  pendingJournal,
  replaceJournal,
  type WritesJournalEntry,
  writeJournal,
} from './ingestion-journal.repository.js';
import { accumulate, type ContributionChange, planPage } from './page-plan.js';

/** Attempts per journal batch before its replay is given up (the store keeps failing or timing out). */
export const REPLAY_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [500, 2_000];

/** A journal batch a crashed writer left that could not be applied; the run it belongs to cannot finish. */
export class JournalReplayError extends Error {
  constructor(
    readonly batch: number,
    readonly attempts: number,
    readonly causeMessage: string,
  ) {
    super(`replaying journal batch ${batch} failed ${attempts} times: ${causeMessage}`);
    this.name = 'JournalReplayError';
  }
}

/**
 * Applies one journal batch, retrying: every posting write is absolute and
 * every cell increment is guarded by the batch number, so a batch applied
 * partly (or wholly) before a failure can be applied again.
 */
export async function replayWithRetries(batch: number, apply: () => Promise<void>): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= REPLAY_ATTEMPTS; attempt++) {
    try {
      await apply();
      return;
    } catch (error) {
      lastError = error;
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay !== undefined && attempt < REPLAY_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
  const causeMessage = lastError instanceof Error ? lastError.message : String(lastError);
  throw new JournalReplayError(batch, REPLAY_ATTEMPTS, causeMessage);
}

/** Every writer of postings or rollups takes this lock, so contributions are read and applied in turn. */
export const INGESTION_LOCK = 'posting-ingestion';
/**
 * The ingestion lock's lease: a page takes well under a second, and a crashed
 * holder blocks others for at most this long. Callers may shorten it (the
 * crash tests do, so each replacement waits less).
 */
export const INGESTION_LEASE_MS = 15_000;

/**
 * The journal keeps everything a replay needs except descriptions: they are
 * most of a page's bytes, and a posting replayed without one gets it back the
 * next time a collection sees it.
 */
function forJournal(write: PostingWrite): PostingWrite {
  if (write.kind !== 'upsert') return write;
  const { description: _description, ...set } = write.set;
  return { ...write, set };
}

export function writesEntry(
  seq: number,
  postingWrites: PostingWrite[],
  deltas: CellDeltaAccumulator,
  now: Date,
): WritesJournalEntry {
  return {
    kind: 'writes',
    _id: seq,
    createdAt: now,
    postingWrites,
    cellDeltas: deltas.deltas().map(toStoredDelta),
  };
}

/** A page's writes to postings stored before it, as journaled (see PageWritesJournalEntry). */
export function pageWritesEntry(
  seq: number,
  postingWrites: PostingWrite[],
  changes: ContributionChange[],
  now: Date,
): PageWritesJournalEntry {
  return {
    kind: 'page-writes',
    _id: seq,
    createdAt: now,
    postingWrites: postingWrites.map(forJournal),
    changes,
  };
}

export function journaled(entry: WritesJournalEntry): WritesJournalEntry {
  return { ...entry, postingWrites: entry.postingWrites.map(forJournal) };
}

/** Applies a journaled batch of writes and deletes its entry: posting writes are absolute, cell increments guarded by the batch number. */
export async function applyWrites(entry: WritesJournalEntry, mode: 'first' | 'replay'): Promise<void> {
  await applyPostingWrites(entry.postingWrites);
  await applyCellDeltas(entry._id, entry.cellDeltas, mode);
  // Before the entry goes: a replay of it moves the stamps again, while stamps never moved would
  // leave blocks summed from the cells before it current.
  await markCellsChanged(
    entry._id,
    entry.cellDeltas.map((delta) => delta.day),
  );
  await deleteJournal(entry._id);
}

/** Journals a batch of writes, then applies it: posting writes are absolute and cell increments are guarded by the batch number. */
export async function commitWrites(
  postingWrites: PostingWrite[],
  deltas: CellDeltaAccumulator,
  now: Date,
): Promise<void> {
  if (postingWrites.length === 0 && deltas.deltas().length === 0) return;
  const entry = writesEntry(await nextBatchSeq(), postingWrites, deltas, now);
  await writeJournal(journaled(entry));
  await applyWrites(entry, 'first');
}

/**
 * A page whose writes were not journaled (interrupted before, or all of its
 * postings new): the postings carrying this batch's number were inserted by it
 * and contribute in full; the others are merged into what is stored (or
 * inserted now, without their description). Its writes are journaled before
 * they are applied, as a page's first pass does; a flush may have reached some
 * of its cells, so the increments are applied as a replay.
 */
async function replayPage(entry: PageJournalEntry): Promise<void> {
  const states = await readPostingStates(entry.page.map(({ posting }) => posting.sourceKey));
  const inserted = new Set<string>();
  for (const [key, state] of states) {
    if (state.insertedByBatch === entry._id) {
      inserted.add(key);
      states.delete(key);
    }
  }
  const plan = planPage(entry.page, inserted, states, entry.createdAt);
  const writes = pageWritesEntry(entry._id, plan.writes, plan.changes, entry.createdAt);
  await replaceJournal(writes);
  await replayPageWrites(writes);
}

/** Applies a page's journaled writes with its cell increments, as a replay: a flush may have reached some of its cells. */
async function replayPageWrites(entry: PageWritesJournalEntry): Promise<void> {
  const { _id, postingWrites, changes, createdAt } = entry;
  await applyWrites(writesEntry(_id, postingWrites, accumulate(changes), createdAt), 'replay');
}

/**
 * Pages are replayed one by one, oldest first, each guarded by its own number:
 * a cell an unfinished flush reached carries a number past all of them and is
 * skipped by each; any other cell gets each page in turn. The pages of a done
 * flush are in the cells already, and only their entries are left to delete.
 */
export async function replayPendingBatches(): Promise<number> {
  const pending = await pendingJournal();
  const flushed = new Set(
    pending.flatMap((entry) => (entry.kind === 'flush' && entry.done ? entry.covers : [])),
  );
  for (const entry of pending) {
    await replayWithRetries(entry._id, async () => {
      if (entry.kind === 'flush' || flushed.has(entry._id)) await deleteJournal(entry._id);
      else if (entry.kind === 'page') await replayPage(entry);
      else if (entry.kind === 'page-writes') await replayPageWrites(entry);
      else await applyWrites(entry, 'replay');
    });
  }
  return pending.length;
}
