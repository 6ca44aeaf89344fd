import {
  type AnyBulkWriteOperation,
  type Collection,
  type Document,
  MongoBulkWriteError,
  type OptionalUnlessRequiredId,
} from 'mongodb';
import { DUPLICATE_KEY_CODE } from './duplicate-key.js';

/**
 * The most operations one write command carries. FerretDB 1.24 (SQLite) never
 * answers an `update` command of 100 or more statements, whatever the operators
 * or upsert, and then answers nobody (shared/repro/bulk-update-hang: 99 answer
 * in ~300 ms, 100 never do; each statement's query keeps one of the backend's
 * 100 pooled SQLite connections until the command ends). Half that bound keeps every write far from
 * it; on MongoDB the only cost is a few more round trips per large write.
 */
const MAX_WRITE_BATCH = 50;

/**
 * The most documents one insert command carries. The stall above is the
 * update command's (FerretDB 1.24 keeps each statement's query open until the
 * command ends); an insert command runs no query per document and writes its
 * documents in one transaction, or, when one of them is a duplicate, one
 * transaction per document one after the other. A page of 100 postings in one
 * command instead of two takes 15-20% less time (measured at a load of 6).
 */
const MAX_INSERT_BATCH = 100;

export interface ChunkedWriteOptions {
  /** Ordered (the default) stops at the first failing chunk, as one ordered bulkWrite would. */
  ordered?: boolean;
  /** Tests and benchmarks may lower it; it is capped at MAX_WRITE_BATCH (MAX_INSERT_BATCH for inserts). */
  chunkSize?: number;
}

export interface ChunkedWriteSummary {
  matched: number;
  modified: number;
  upserted: number;
  inserted: number;
  deleted: number;
}

function chunkSizeOf(options: ChunkedWriteOptions, bound = MAX_WRITE_BATCH): number {
  return Math.max(1, Math.min(bound, Math.floor(options.chunkSize ?? bound)));
}

/** `items` in slices of at most `size`, in order. */
export function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * bulkWrite in commands of at most MAX_WRITE_BATCH operations, one after the
 * other. Every repository writes many documents through here (or
 * insertManyInChunks) so the bounds live in one place.
 */
export async function bulkWriteInChunks<T extends Document>(
  collection: Collection<T>,
  operations: readonly AnyBulkWriteOperation<T>[],
  options: ChunkedWriteOptions = {},
): Promise<ChunkedWriteSummary> {
  const summary: ChunkedWriteSummary = { matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 };
  for (const chunk of chunksOf(operations, chunkSizeOf(options))) {
    const result = await collection.bulkWrite(chunk, { ordered: options.ordered ?? true });
    summary.matched += result.matchedCount;
    summary.modified += result.modifiedCount;
    summary.upserted += result.upsertedCount;
    summary.inserted += result.insertedCount;
    summary.deleted += result.deletedCount;
  }
  return summary;
}

/** insertMany in commands of at most MAX_INSERT_BATCH documents; returns how many were inserted. */
export async function insertManyInChunks<T extends Document>(
  collection: Collection<T>,
  documents: readonly OptionalUnlessRequiredId<T>[],
  options: ChunkedWriteOptions = {},
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunksOf(documents, chunkSizeOf(options, MAX_INSERT_BATCH))) {
    const result = await collection.insertMany(chunk, { ordered: options.ordered ?? true });
    inserted += result.insertedCount;
  }
  return inserted;
}

/**
 * Inserts each document whose primary key is not stored yet (unordered, in
 * commands of at most MAX_INSERT_BATCH) and returns the indexes of those whose
 * key already was: the duplicate-key errors name them, so a caller learns
 * which documents exist without reading any. Any other write error is thrown.
 */
export async function insertManyReportingDuplicates<T extends Document>(
  collection: Collection<T>,
  documents: readonly OptionalUnlessRequiredId<T>[],
): Promise<number[]> {
  const duplicates: number[] = [];
  let offset = 0;
  for (const chunk of chunksOf(documents, MAX_INSERT_BATCH)) {
    try {
      await collection.insertMany(chunk, { ordered: false });
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError)) throw error;
      const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      if (writeErrors.length === 0 || writeErrors.some((failure) => failure.code !== DUPLICATE_KEY_CODE))
        throw error;
      for (const failure of writeErrors) duplicates.push(offset + failure.index);
    }
    offset += chunk.length;
  }
  return duplicates;
}
