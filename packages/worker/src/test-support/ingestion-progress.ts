import { storedCollection } from '@career-navigator/testkit';

/**
 * What a test can see of a worker's progress through an ingestion batch, from the
 * outside, in the stored documents: a batch is journalled before any of its writes
 * and its journal entry deleted after the last one; each rollup cell it increments
 * is stamped with its sequence number; its writer holds the ingestion lock.
 */

/** The oldest journal batch not yet fully applied, or null when none is pending. */
export async function pendingBatch(): Promise<number | null> {
  const entry = await storedCollection('rollup_journal').findOne(
    {},
    { projection: { _id: 1 }, sort: { _id: 1 } },
  );
  return entry ? (entry._id as unknown as number) : null;
}

/**
 * Whether the rollup cell writes of pending batch `seq` have begun: its writes are
 * journaled and the first cell they increment already carries its number. Reads by
 * primary key only, so polling it does not slow the writer down.
 */
export async function cellWritesBegun(seq: number): Promise<boolean> {
  const entry = await storedCollection('rollup_journal').findOne({ _id: seq as never });
  // The entry's content is one Extended JSON string, which is also plain JSON.
  const content = typeof entry?.payload === 'string' ? JSON.parse(entry.payload) : null;
  const firstCell = (content?.cellDeltas as { id: string }[] | undefined)?.[0]?.id;
  if (!firstCell) return false;
  const cell = await storedCollection('rollup_cells').findOne(
    { _id: firstCell as never },
    { projection: { seq: 1 } },
  );
  return cell?.seq === seq;
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
