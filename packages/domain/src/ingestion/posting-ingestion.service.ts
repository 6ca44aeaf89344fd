import type { Clock } from '../clock/index.js';
import { withLock } from '../database/index.js';
import { postingsIngested } from '../metrics/index.js';
import {
  applyPostingWrites,
  insertNewPostings,
  insertPostings,
  type MappedPosting,
  type PostingWrite,
  postingsLastSeenBefore,
  readPostingStates,
  recordRoleActivity,
  type StoredPostingState,
} from '../postings/index.js';
import {
  applyCellDeltas,
  CellDeltaAccumulator,
  markCellsChanged,
  nextBatchSeq,
  toStoredDelta,
} from '../rollups/index.js';
import {
  deleteJournal,
  type JournalEntry,
  type PageJournalEntry,
  pendingJournal,
  replaceJournal,
  type WritesJournalEntry,
  writeJournal,
} from './ingestion-journal.repository.js';
import { replayWithRetries } from './journal-replay.js';
import {
  type IngestionResult,
  type JournaledPagePosting,
  mergeBySourceKey,
  newPostingDocument,
  planPage,
  withoutDescription,
} from './page-plan.js';

export type { IngestionResult } from './page-plan.js';

/** Every writer of postings or rollups takes this lock, so contributions are read and applied in turn. */
export const INGESTION_LOCK = 'posting-ingestion';
/** A batch takes well under a second; a crashed holder blocks others for at most this long. */
const INGESTION_LOCK_TTL_MS = 15_000;
const lockOptions = { ttlMs: INGESTION_LOCK_TTL_MS };

async function applyWrites(entry: WritesJournalEntry, mode: 'first' | 'replay'): Promise<void> {
  await applyPostingWrites(entry.postingWrites);
  await applyCellDeltas(entry._id, entry.cellDeltas, mode);
  await deleteJournal(entry._id);
  await markCellsChanged();
}

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

function writesEntry(
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

function journaled(entry: WritesJournalEntry): WritesJournalEntry {
  return { ...entry, postingWrites: entry.postingWrites.map(forJournal) };
}

/**
 * Finishes page batch `seq` once its new postings are inserted: journals the
 * remaining posting writes with every cell increment of the page (in place of
 * the page entry), then applies them. No cell has been touched before, so the
 * increments are applied as a first application.
 */
async function finishPage(
  seq: number,
  page: readonly JournaledPagePosting[],
  inserted: ReadonlySet<string>,
  stored: ReadonlyMap<string, StoredPostingState>,
  now: Date,
): Promise<IngestionResult> {
  const plan = planPage(page, inserted, stored, now);
  const entry = writesEntry(seq, plan.writes, plan.deltas, now);
  await replaceJournal(journaled(entry));
  await applyWrites(entry, 'first');
  return plan.result;
}

/**
 * A page interrupted before its writes were journaled: the postings carrying
 * this batch's number were inserted by it and contribute in full; the others
 * are merged into what is stored (or inserted now, without their description).
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
  await finishPage(entry._id, entry.page, inserted, states, entry.createdAt);
}

async function replay(entry: JournalEntry): Promise<void> {
  if (entry.kind === 'page') await replayPage(entry);
  else await applyWrites(entry, 'replay');
}

/** Finishes batches a crashed writer left half-applied. Callers hold the ingestion lock. */
export async function replayPendingBatches(): Promise<number> {
  const pending = await pendingJournal();
  for (const entry of pending) {
    await replayWithRetries(entry._id, () => replay(entry));
  }
  return pending.length;
}

/** Journals a batch of writes, then applies it: posting writes are absolute and cell increments are guarded by the batch number. */
async function commitWrites(
  postingWrites: PostingWrite[],
  deltas: CellDeltaAccumulator,
  now: Date,
): Promise<void> {
  if (postingWrites.length === 0 && deltas.deltas().length === 0) return;
  const entry = writesEntry(await nextBatchSeq(), postingWrites, deltas, now);
  await writeJournal(journaled(entry));
  await applyWrites(entry, 'first');
}

export interface IngestionOptions {
  clock: Clock;
}

/**
 * Stores a page of postings and brings the rollups up to date with what
 * actually changed: a re-seen posting adds nothing, a posting found under a
 * new role counts for that role too, and a changed one is corrected.
 */
export async function ingestPostings(
  postings: readonly MappedPosting[],
  options: IngestionOptions,
): Promise<IngestionResult> {
  const { clock } = options;
  const merged = mergeBySourceKey(postings);
  if (merged.length === 0) return { newCount: 0, updatedCount: 0, changedCount: 0 };
  return withLock(
    INGESTION_LOCK,
    async () => {
      await replayPendingBatches();
      const now = clock.now();
      const seq = await nextBatchSeq();
      await writeJournal({ kind: 'page', _id: seq, createdAt: now, page: merged.map(withoutDescription) });
      // Insert first: new postings need no read, and the duplicate-key errors name those already stored.
      const alreadyStored = await insertNewPostings(
        merged.map((entry) => newPostingDocument(entry, now, seq)),
      );
      const stored = await readPostingStates([...alreadyStored]);
      const inserted = new Set(
        merged.map(({ posting }) => posting.sourceKey).filter((key) => !alreadyStored.has(key)),
      );
      const result = await finishPage(seq, merged, inserted, stored, now);
      await recordRoleActivity(new Set(merged.flatMap((entry) => entry.roles)), now);
      postingsIngested.inc({ outcome: 'new' }, result.newCount);
      postingsIngested.inc({ outcome: 'updated' }, result.updatedCount);
      return result;
    },
    lockOptions,
  );
}

/**
 * Inserts new postings without touching the rollups: the fast path for
 * migrations and bulk loads into an empty collection (an already stored
 * posting makes it fail). Run recomputeRollups() afterwards.
 */
export async function importPostings(
  postings: readonly MappedPosting[],
  options: IngestionOptions,
): Promise<number> {
  const now = options.clock.now();
  return insertPostings(mergeBySourceKey(postings).map((entry) => newPostingDocument(entry, now)));
}

/** Deletes postings last seen before `cutoff`, with their rollup contributions. */
export async function removePostingsLastSeenBefore(cutoff: Date, options: IngestionOptions): Promise<number> {
  const { clock } = options;
  const batchSize = 500;
  let removed = 0;
  for (;;) {
    const removedNow = await withLock(
      INGESTION_LOCK,
      async () => {
        await replayPendingBatches();
        const stale = await postingsLastSeenBefore(cutoff, batchSize);
        const deltas = new CellDeltaAccumulator();
        for (const posting of stale) {
          if (posting.contribution) deltas.add(posting.contribution, -1);
        }
        const writes: PostingWrite[] = stale.map((posting) => ({ kind: 'delete', sourceKey: posting._id }));
        await commitWrites(writes, deltas, clock.now());
        return stale.length;
      },
      lockOptions,
    );
    removed += removedNow;
    if (removedNow < batchSize) return removed;
  }
}

/** How many journaled batches are not fully applied yet (an operations check; 0 when all is well). */
export async function pendingIngestionBatches(): Promise<number> {
  return (await pendingJournal()).length;
}

/** Applies batches left over by a crashed writer; safe to call at any time. */
export async function recoverPendingIngestion(): Promise<number> {
  return withLock(INGESTION_LOCK, replayPendingBatches, lockOptions);
}
