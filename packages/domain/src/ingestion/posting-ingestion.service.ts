import type { Clock } from '../clock/index.js';
import { withLock } from '../database/index.js';
import {
  insertPostings,
  type MappedPosting,
  type PostingWrite,
  postingsLastSeenBefore,
} from '../postings/index.js';
import { CellDeltaAccumulator } from '../rollups/index.js';
import { pendingJournal } from './ingestion-journal.repository.js';
import { commitWrites, INGESTION_LEASE_MS, INGESTION_LOCK, replayPendingBatches } from './journal-replay.js';
import { mergeBySourceKey, newPostingDocument } from './page-plan.js';

export { ingestPostings } from './ingestion-session.js';
export { INGESTION_LOCK, replayPendingBatches } from './journal-replay.js';
export type { IngestionResult } from './page-plan.js';

export interface IngestionOptions {
  clock: Clock;
  /** The ingestion lock's lease (default INGESTION_LEASE_MS). */
  leaseMs?: number | undefined;
}

const lockOptionsOf = (leaseMs: number | undefined) => ({ ttlMs: leaseMs ?? INGESTION_LEASE_MS });

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
      lockOptionsOf(options.leaseMs),
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
export async function recoverPendingIngestion(
  options: Pick<IngestionOptions, 'leaseMs'> = {},
): Promise<number> {
  return withLock(INGESTION_LOCK, replayPendingBatches, lockOptionsOf(options.leaseMs));
}
