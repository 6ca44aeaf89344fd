import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import {
  bulkWriteInChunks,
  insertManyInChunks,
  insertManyReportingDuplicates,
  type KeySetRead,
  readByKeys,
} from '../database/index.js';
import { type AppliedContribution, type JobPosting, JobPostingModel } from './job-posting.model.js';

/**
 * A write to one posting in a form that can itself be stored (no '$' keys):
 * the ingestion journal keeps these so a crashed batch can be replayed.
 */
export type PostingWrite =
  | {
      kind: 'upsert';
      sourceKey: string;
      set: Record<string, unknown>;
      setOnInsert: Record<string, unknown>;
      addToSet: { roles: string[]; searchLocations: string[] };
    }
  | { kind: 'delete'; sourceKey: string };

/** What ingestion needs of a stored posting to merge a re-seen one into it. */
export type StoredPostingState = Pick<
  JobPosting,
  '_id' | 'roles' | 'postedDay' | 'datePosted' | 'contribution' | 'insertedByBatch'
>;

/** The fields a posting's rollup contribution is computed from, and the contribution last applied. */
export type ContributionFields = Pick<
  JobPosting,
  | '_id'
  | 'postedDay'
  | 'roles'
  | 'skills'
  | 'countryCode'
  | 'remote'
  | 'location'
  | 'minAnnualSalaryUsd'
  | 'maxAnnualSalaryUsd'
  | 'source'
  | 'contribution'
>;

export interface CountByValue {
  name: string;
  count: number;
}

const STATE_FIELDS = { roles: 1, postedDay: 1, datePosted: 1, contribution: 1, insertedByBatch: 1 } as const;
const CONTRIBUTION_FIELDS = {
  postedDay: 1,
  roles: 1,
  skills: 1,
  countryCode: 1,
  remote: 1,
  location: 1,
  minAnnualSalaryUsd: 1,
  maxAnnualSalaryUsd: 1,
  source: 1,
  contribution: 1,
} as const;
const SCAN_BATCH = 1_000;

/** The driver's collection, typed by the model: string primary keys need no casts. */
function postings(): Collection<JobPosting> {
  return JobPostingModel.db.collection<JobPosting>(JobPostingModel.collection.collectionName);
}

export async function ensurePostingIndexes(): Promise<void> {
  // syncIndexes drops every index the model does not declare: those of older versions, which no query
  // used, and any added by hand (declare one here to keep it).
  await JobPostingModel.syncIndexes();
}

/** The stored state of each of `sourceKeys` that is stored (see readByKeys; tests pin `how`). */
export async function readPostingStates(
  sourceKeys: readonly string[],
  how?: KeySetRead,
): Promise<Map<string, StoredPostingState>> {
  const found = await readByKeys<JobPosting, StoredPostingState>(postings(), sourceKeys, {
    projection: STATE_FIELDS,
    how,
  });
  return new Map(found.map((state) => [state._id, state]));
}

function toBulkOperation(write: PostingWrite): AnyBulkWriteOperation<JobPosting> {
  if (write.kind === 'delete') return { deleteOne: { filter: { _id: write.sourceKey } } };
  return {
    updateOne: {
      filter: { _id: write.sourceKey },
      update: {
        $set: write.set,
        $setOnInsert: write.setOnInsert,
        $addToSet: {
          roles: { $each: write.addToSet.roles },
          searchLocations: { $each: write.addToSet.searchLocations },
        },
      },
      upsert: true,
    },
  };
}

/** Absolute writes, so applying them again after a crash changes nothing. */
export async function applyPostingWrites(writes: readonly PostingWrite[]): Promise<void> {
  await bulkWriteInChunks(postings(), writes.map(toBulkOperation));
}

/**
 * Inserts the postings not stored yet and returns the keys of those that
 * were: a page of mostly new postings needs no read before its write.
 */
export async function insertNewPostings(documents: readonly JobPosting[]): Promise<Set<string>> {
  const duplicates = await insertManyReportingDuplicates(postings(), documents);
  return new Set(duplicates.map((index) => (documents[index] as JobPosting)._id));
}

/** Fails on the first posting already stored (ordered insert). */
export async function insertPostings(documents: readonly JobPosting[]): Promise<number> {
  return insertManyInChunks(postings(), documents);
}

export async function postingsLastSeenBefore(
  cutoff: Date,
  limit: number,
): Promise<Pick<JobPosting, '_id' | 'contribution'>[]> {
  return postings()
    .find<Pick<JobPosting, '_id' | 'contribution'>>(
      { lastSeenAt: { $lt: cutoff } },
      { projection: { contribution: 1 } },
    )
    .limit(limit)
    .toArray();
}

/** Every posting's contribution fields, streamed in batches. */
export function streamContributionFields(): AsyncIterable<ContributionFields> {
  return postings().find<ContributionFields>({}, { projection: CONTRIBUTION_FIELDS }).batchSize(SCAN_BATCH);
}

export async function setContributions(
  updates: readonly { sourceKey: string; contribution: AppliedContribution }[],
): Promise<void> {
  await bulkWriteInChunks(
    postings(),
    updates.map(({ sourceKey, contribution }) => ({
      updateOne: { filter: { _id: sourceKey }, update: { $set: { contribution } } },
    })),
  );
}

export async function countPostings(): Promise<number> {
  return JobPostingModel.estimatedDocumentCount();
}

export async function countPostingsFirstSeenSince(since: Date): Promise<number> {
  return JobPostingModel.countDocuments({ firstSeenAt: { $gte: since } });
}

/** The most frequent values of a field (each element of a list field), most frequent first. */
export async function mostFrequentValues(
  field: 'roles' | 'location' | 'source',
  top: number,
): Promise<CountByValue[]> {
  const rows = await JobPostingModel.aggregate<{ _id: string | null; count: number }>([
    ...(field === 'roles' ? [{ $unwind: `$${field}` }] : []),
    { $match: { [field]: { $nin: [null, ''] } } },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    { $sort: { count: -1, _id: 1 } },
    { $limit: top },
  ]);
  return rows.map((row) => ({ name: String(row._id), count: row.count }));
}
