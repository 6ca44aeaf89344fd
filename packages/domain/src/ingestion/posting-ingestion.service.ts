import type { Clock } from '../clock/index.js';
import { withLock } from '../database/index.js';
import { postingsIngested } from '../metrics/index.js';
import {
  applyPostingWrites,
  insertPostings,
  type JobPosting,
  type MappedPosting,
  type PostingWrite,
  postingsLastSeenBefore,
  readPostingStates,
  recordRoleActivity,
} from '../postings/index.js';
import {
  applyCellDeltas,
  CellDeltaAccumulator,
  contributionOf,
  markCellsChanged,
  nextBatchSeq,
  type PostingContribution,
  sameContribution,
  toStoredDelta,
} from '../rollups/index.js';
import {
  deleteJournal,
  type JournalEntry,
  pendingJournal,
  writeJournal,
} from './ingestion-journal.repository.js';
import { replayWithRetries } from './journal-replay.js';

/** Every writer of postings or rollups takes this lock, so contributions are read and applied in turn. */
export const INGESTION_LOCK = 'posting-ingestion';
/** A batch takes well under a second; a crashed holder blocks others for at most this long. */
const INGESTION_LOCK_TTL_MS = 15_000;
const lockOptions = { ttlMs: INGESTION_LOCK_TTL_MS };

export interface IngestionResult {
  /** Postings stored for the first time. */
  newCount: number;
  /** Postings that were already stored (re-seen, possibly changed). */
  updatedCount: number;
  /** Of the updated ones, those whose analytics contribution changed. */
  changedCount: number;
}

/** Merges postings found twice in one batch (e.g. under two searched roles). */
function mergeBySourceKey(
  postings: readonly MappedPosting[],
): Map<string, { posting: MappedPosting; roles: Set<string>; searchLocations: Set<string> }> {
  const merged = new Map<
    string,
    { posting: MappedPosting; roles: Set<string>; searchLocations: Set<string> }
  >();
  for (const posting of postings) {
    const entry = merged.get(posting.sourceKey);
    if (entry) {
      entry.posting = posting;
      entry.roles.add(posting.role);
      if (posting.searchLocation) entry.searchLocations.add(posting.searchLocation);
    } else {
      merged.set(posting.sourceKey, {
        posting,
        roles: new Set([posting.role]),
        searchLocations: new Set(posting.searchLocation ? [posting.searchLocation] : []),
      });
    }
  }
  return merged;
}

function postingWrite(
  posting: MappedPosting,
  roles: Set<string>,
  searchLocations: Set<string>,
  postedDay: string,
  contribution: PostingContribution,
  now: Date,
): PostingWrite {
  const { role: _role, searchLocation: _searchLocation, seenAt, sourceKey, ...fields } = posting;
  return {
    kind: 'upsert',
    sourceKey,
    set: { ...fields, postedDay, lastSeenAt: seenAt, contribution, updatedAt: now },
    setOnInsert: { firstSeenAt: seenAt, createdAt: now },
    addToSet: { roles: [...roles], searchLocations: [...searchLocations] },
  };
}

async function applyJournalEntry(entry: JournalEntry, mode: 'first' | 'replay'): Promise<void> {
  await applyPostingWrites(entry.postingWrites);
  await applyCellDeltas(entry._id, entry.cellDeltas, mode);
  await deleteJournal(entry._id);
  await markCellsChanged();
}

/** Finishes batches a crashed writer left half-applied. Callers hold the ingestion lock. */
export async function replayPendingBatches(): Promise<number> {
  const pending = await pendingJournal();
  for (const entry of pending) {
    await replayWithRetries(entry._id, () => applyJournalEntry(entry, 'replay'));
  }
  return pending.length;
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

/** Journals a batch, then applies it: posting writes are absolute and cell increments are guarded by the batch number. */
async function commitBatch(
  postingWrites: PostingWrite[],
  deltas: CellDeltaAccumulator,
  now: Date,
): Promise<void> {
  const cellDeltas = deltas.deltas().map(toStoredDelta);
  if (postingWrites.length === 0 && cellDeltas.length === 0) return;
  const entry: JournalEntry = { _id: await nextBatchSeq(), createdAt: now, postingWrites, cellDeltas };
  await writeJournal({ ...entry, postingWrites: postingWrites.map(forJournal) });
  await applyJournalEntry(entry, 'first');
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
  if (merged.size === 0) return { newCount: 0, updatedCount: 0, changedCount: 0 };
  return withLock(
    INGESTION_LOCK,
    async () => {
      await replayPendingBatches();
      const now = clock.now();
      const storedByKey = await readPostingStates([...merged.keys()]);
      const deltas = new CellDeltaAccumulator();
      const writes: PostingWrite[] = [];
      const result: IngestionResult = { newCount: 0, updatedCount: 0, changedCount: 0 };
      for (const { posting, roles, searchLocations } of merged.values()) {
        const previous = storedByKey.get(posting.sourceKey);
        const allRoles = new Set([...(previous?.roles ?? []), ...roles]);
        // Without a posting date a posting stays on the day it was first seen.
        const postedDay = posting.datePosted || !previous ? posting.postedDay : previous.postedDay;
        const contribution = contributionOf({ ...posting, postedDay, roles: [...allRoles] });
        const before = previous?.contribution ?? null;
        if (previous) result.updatedCount++;
        else result.newCount++;
        if (!sameContribution(before, contribution)) {
          if (previous) result.changedCount++;
          if (before) deltas.add(before, -1);
          deltas.add(contribution, 1);
        }
        writes.push(postingWrite(posting, roles, searchLocations, postedDay, contribution, now));
      }
      await commitBatch(writes, deltas, now);
      await recordRoleActivity(new Set([...merged.values()].flatMap((entry) => [...entry.roles])), now);
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
  const documents = [...mergeBySourceKey(postings).values()].map(
    ({ posting, roles, searchLocations }): JobPosting => {
      const { role: _role, searchLocation: _searchLocation, seenAt, sourceKey, ...fields } = posting;
      return {
        _id: sourceKey,
        ...fields,
        roles: [...roles],
        searchLocations: [...searchLocations],
        // Stamped now so the recomputation that must follow finds nothing to correct.
        contribution: contributionOf({ ...posting, roles: [...roles] }),
        firstSeenAt: seenAt,
        lastSeenAt: seenAt,
        createdAt: now,
        updatedAt: now,
      };
    },
  );
  return insertPostings(documents);
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
        await commitBatch(writes, deltas, clock.now());
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
