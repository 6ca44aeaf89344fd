import type { Clock } from '../clock/index.js';
import { acquireLock, type HeldLock } from '../database/index.js';
import { postingsIngested } from '../metrics/index.js';
import {
  applyPostingWrites,
  insertNewPostings,
  type MappedPosting,
  readPostingStates,
  recordRoleActivity,
} from '../postings/index.js';
import {
  applyCellDeltas,
  markCellsChanged,
  nextBatchSeq,
  type StoredCellDelta,
  toStoredDelta,
} from '../rollups/index.js';
import {
  deleteJournal,
  deleteJournalEntries,
  type FlushJournalEntry,
  replaceJournal,
  writeJournal,
} from './ingestion-journal.repository.js';
import {
  INGESTION_LEASE_MS,
  INGESTION_LOCK,
  pageWritesEntry,
  replayPendingBatches,
} from './journal-replay.js';
import {
  accumulate,
  type ContributionChange,
  type IngestionResult,
  mergeBySourceKey,
  newPostingDocument,
  type PagePosting,
  planPage,
  withoutDescription,
} from './page-plan.js';

/**
 * The freshness bound of the rollups while a collection runs: the cells of
 * stored pages are written once this many pages wait for them, or with the
 * first page stored this long after the oldest waiting one, and always when
 * the session flushes (before a run's last result is recorded).
 */
const FLUSH_BOUND = { pages: 25, afterMs: 10_000 } as const;

/** Cells whose write commands are built at a time, at least (bounded-writes.ts sends them in commands of 50). */
const FLUSH_BATCH_CELLS = 200;

export interface IngestionSessionOptions {
  clock: Clock;
  /** Tests lower the bounds; production uses FLUSH_BOUND. */
  flushEveryPages?: number;
  flushAfterMs?: number;
  /** The ingestion lock's lease (default INGESTION_LEASE_MS). */
  leaseMs?: number | undefined;
}

/** The ingestion lock was taken over while pages waited for their cells: the new holder replays them. */
export class IngestionLeaseLostError extends Error {
  constructor() {
    super(
      'the ingestion lock was taken over before the pending cells were written; its new holder replays them',
    );
    this.name = 'IngestionLeaseLostError';
  }
}

const NOTHING_STORED: IngestionResult = { newCount: 0, updatedCount: 0, changedCount: 0 };

/**
 * Stores pages of postings and brings the rollups up to date with what
 * actually changed: a re-seen posting adds nothing, a posting found under a
 * new role counts for that role too, and a changed one is corrected.
 *
 * A page is journaled, its postings written at once, and its contribution
 * changes kept with those of the pages before it; their cell increments are
 * merged and written in one flush (see FLUSH_BOUND), because the pages of a
 * collection change many of the same cells and FerretDB's cost follows the
 * counters written. The session
 * holds the ingestion lock from its first page to each flush, so no other
 * writer meets its journaled pages; a crash leaves them to the next holder's
 * replay, which applies each exactly once (journal-replay.ts).
 */
export class IngestionSession {
  private readonly options: Required<IngestionSessionOptions>;
  private lock: HeldLock | null = null;
  /** The waiting pages' contribution changes by day: what their flush writes. */
  private changesByDay = new Map<string, ContributionChange[]>();
  private waiting: number[] = [];
  private waitingSince: Date | null = null;
  private roles = new Set<string>();
  /**
   * Postings this session has stored: a run finds many of them again under
   * another role, and on FerretDB 1.24 one duplicate in an insert command makes
   * it insert the command's documents one transaction each. Kept across
   * flushes; a posting deleted meanwhile is simply upserted as new.
   */
  private readonly storedKeys = new Set<string>();

  constructor(options: IngestionSessionOptions) {
    this.options = {
      flushEveryPages: FLUSH_BOUND.pages,
      flushAfterMs: FLUSH_BOUND.afterMs,
      ...options,
      leaseMs: options.leaseMs ?? INGESTION_LEASE_MS,
    };
  }

  /** Stores one page; its cells are written within the session's bound. */
  async ingest(postings: readonly MappedPosting[]): Promise<IngestionResult> {
    const merged = mergeBySourceKey(postings);
    if (merged.length === 0) return NOTHING_STORED;
    const result = await this.guarded(async () => {
      if (!this.lock) {
        this.lock = await acquireLock(INGESTION_LOCK, { ttlMs: this.options.leaseMs });
        await replayPendingBatches();
      }
      return this.storePage(merged);
    });
    postingsIngested.inc({ outcome: 'new' }, result.newCount);
    postingsIngested.inc({ outcome: 'updated' }, result.updatedCount);
    if (this.flushDue()) await this.flush();
    return result;
  }

  /** Pages stored whose cells are not written yet. */
  get pagesWaiting(): number {
    return this.waiting.length;
  }

  /** Writes the cells of every waiting page and lets other writers in. */
  async flush(): Promise<void> {
    if (!this.lock) return;
    const lock = this.lock;
    if (this.waiting.length > 0) await this.guarded(() => this.writeCells(lock));
    this.lock = null;
    this.reset();
    await lock.release();
  }

  private flushDue(): boolean {
    const { flushEveryPages, flushAfterMs, clock } = this.options;
    if (this.waiting.length >= flushEveryPages) return true;
    return this.waitingSince !== null && clock.now().getTime() - this.waitingSince.getTime() >= flushAfterMs;
  }

  /**
   * Journals the page, inserts its new postings (those this session stored
   * before are not tried; the duplicate-key errors name the others already
   * stored, and only those are read) and merges the stored ones.
   * Their writes change what a replay of the page would plan from, so they are
   * journaled with the page's contribution changes before they are applied; a page of
   * new postings replays from its page entry alone.
   */
  private async storePage(page: PagePosting[]): Promise<IngestionResult> {
    const now = this.options.clock.now();
    const seq = await nextBatchSeq();
    await writeJournal({ kind: 'page', _id: seq, createdAt: now, page: page.map(withoutDescription) });
    const seenBefore = page.filter(({ posting }) => this.storedKeys.has(posting.sourceKey));
    const alreadyStored = await insertNewPostings(
      page
        .filter(({ posting }) => !this.storedKeys.has(posting.sourceKey))
        .map((entry) => newPostingDocument(entry, now, seq)),
    );
    for (const { posting } of seenBefore) alreadyStored.add(posting.sourceKey);
    const stored = await readPostingStates([...alreadyStored]);
    const inserted = new Set(
      page.map(({ posting }) => posting.sourceKey).filter((key) => !alreadyStored.has(key)),
    );
    const plan = planPage(page, inserted, stored, now);
    if (plan.writes.length > 0) {
      await replaceJournal(pageWritesEntry(seq, plan.writes, plan.changes, now));
      await applyPostingWrites(plan.writes);
    }
    for (const change of plan.changes) {
      const day = this.changesByDay.get(change.contribution.day);
      if (day) day.push(change);
      else this.changesByDay.set(change.contribution.day, [change]);
    }
    for (const { posting } of page) this.storedKeys.add(posting.sourceKey);
    this.waiting.push(seq);
    this.waitingSince ??= now;
    for (const { roles } of page) for (const role of roles) this.roles.add(role);
    return plan.result;
  }

  /**
   * The flush: journaled under a new number past every waiting page's, then
   * the merged increments, then marked done, then the pages' entries deleted,
   * then its own. Stopped anywhere, the replay finishes it exactly (see
   * replayPendingBatches).
   */
  private async writeCells(lock: HeldLock): Promise<void> {
    if (!(await lock.stillHeld())) throw new IngestionLeaseLostError();
    const now = this.options.clock.now();
    const seq = await nextBatchSeq();
    const days = [...this.changesByDay.values()];
    let day = 0;
    // Cells of two days never meet, so each day's increments are merged alone: a long run's thousands
    // of cells are never in memory at once, only a few days' worth of write commands.
    const cellsOfNextDay = (): StoredCellDelta[] | null => {
      while (day < days.length) {
        const cells = accumulate(days[day++] as ContributionChange[]).deltas();
        if (cells.length > 0) return cells.map(toStoredDelta);
      }
      return null;
    };
    let cells = cellsOfNextDay();
    const entry: FlushJournalEntry = {
      kind: 'flush',
      _id: seq,
      createdAt: now,
      covers: this.waiting,
      firstCell: cells?.[0]?.id ?? null,
      done: cells === null,
    };
    await writeJournal(entry);
    if (!entry.done) {
      let batch: StoredCellDelta[] = [];
      for (; cells !== null; cells = cellsOfNextDay()) {
        batch.push(...cells);
        if (batch.length < FLUSH_BATCH_CELLS) continue;
        await this.applyWhileHeld(lock, seq, batch);
        batch = [];
      }
      await this.applyWhileHeld(lock, seq, batch);
      await markCellsChanged(seq, this.changesByDay.keys());
      await replaceJournal({ ...entry, done: true });
    }
    await deleteJournalEntries(this.waiting);
    await deleteJournal(seq);
    await recordRoleActivity(this.roles, now);
  }

  /**
   * A batch of the flush's cells, once the lease is known to be still this
   * session's: cells are merged by a read and a replace (cell-writes.repository.ts),
   * so a writer that lost it midway must stop before it overwrites the new holder's.
   */
  private async applyWhileHeld(lock: HeldLock, seq: number, batch: StoredCellDelta[]): Promise<void> {
    if (batch.length === 0) return;
    if (!(await lock.stillHeld())) throw new IngestionLeaseLostError();
    await applyCellDeltas(seq, batch, 'first');
  }

  /**
   * Runs a step under the lock; when it fails, the pages waiting are left to
   * the journal's replay by the next holder (this session's next page, or
   * another writer), so their increments are dropped here and the lock let go.
   */
  private async guarded<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      const lock = this.lock;
      this.lock = null;
      this.reset();
      await lock?.release().catch(() => undefined);
      throw error;
    }
  }

  private reset(): void {
    this.changesByDay = new Map();
    this.waiting = [];
    this.waitingSince = null;
    this.roles = new Set();
  }
}

/** Stores one page of postings and writes its cells before returning (a session of one page). */
export async function ingestPostings(
  postings: readonly MappedPosting[],
  options: Pick<IngestionSessionOptions, 'clock' | 'leaseMs'>,
): Promise<IngestionResult> {
  const session = new IngestionSession(options);
  try {
    return await session.ingest(postings);
  } finally {
    await session.flush();
  }
}
