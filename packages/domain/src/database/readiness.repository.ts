import mongoose from 'mongoose';

/** A readiness read slower than this counts as no answer. */
export const PROBE_TIMEOUT_MS = 1_000;

/**
 * Whether the database answers a real read (a ping can be answered by a
 * server whose storage is stuck). Resolves false after PROBE_TIMEOUT_MS.
 */
export async function databaseAnswersReads(timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const read = db
    .collection('job_postings')
    .findOne({}, { projection: { _id: 1 }, maxTimeMS: timeoutMs })
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
