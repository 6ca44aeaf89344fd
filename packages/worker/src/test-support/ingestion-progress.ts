import { storedCollection } from '@career-navigator/testkit';

/**
 * What a test can see of a worker's progress through an ingestion batch, from the
 * outside, in the stored documents: a page is journalled before any of its writes
 * and its journal entry deleted after the flush that writes its cells; each rollup
 * cell a flush increments is stamped with the flush's number; the writer holds the
 * ingestion lock.
 */

/** The oldest journal batch not yet fully applied, or null when none is pending. */
export async function pendingBatch(): Promise<number | null> {
  const entry = await storedCollection('rollup_journal').findOne(
    {},
    { projection: { _id: 1 }, sort: { _id: 1 } },
  );
  // Keyed by the batch number as a zero-padded string, which sorts as the numbers do.
  return entry ? Number(entry._id) : null;
}

/**
 * Whether the rollup cell writes of the pending pages have begun: a flush of them is
 * journaled, and the first cell it writes already carries its number (a flush names
 * its first cell; a replayed batch lists its cells). Reads the few journal entries and
 * one cell by primary key, so polling it does not slow the writer down.
 */
export async function cellWritesBegun(): Promise<boolean> {
  for (const entry of await storedCollection('rollup_journal').find({}).toArray()) {
    // An entry's content is one Extended JSON string, which is also plain JSON.
    const content = typeof entry.payload === 'string' ? JSON.parse(entry.payload) : null;
    const firstCell =
      content?.firstCell ?? (content?.cellDeltas as { id: string }[] | undefined)?.[0]?.id ?? null;
    if (!firstCell) continue;
    const cell = await storedCollection('rollup_cells').findOne(
      { _id: firstCell as never },
      { projection: { seq: 1 } },
    );
    if (cell?.seq === Number(entry._id)) return true;
  }
  return false;
}

/** The lease of the ingestion lock's current holder (each acquisition has its own), or null. */
export async function ingestionLockHolder(): Promise<string | null> {
  const lock = await storedCollection('locks').findOne({ _id: 'posting-ingestion' as never });
  return lock && (lock.expiresAt as Date) > new Date() ? (lock.owner as string) : null;
}

/** Polls `condition` every few milliseconds; fails after `timeoutMs` naming what it waited for. */
export async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
