import type { JobPosting, MappedPosting, PostingWrite, StoredPostingState } from '../postings/index.js';
import {
  CellDeltaAccumulator,
  contributionOf,
  type PostingContribution,
  sameContribution,
} from '../rollups/index.js';

export interface IngestionResult {
  /** Postings stored for the first time. */
  newCount: number;
  /** Postings that were already stored (re-seen, possibly changed). */
  updatedCount: number;
  /** Of the updated ones, those whose analytics contribution changed. */
  changedCount: number;
}

/** One posting of a page, with every role and search location it was found under in that page. */
export interface PagePosting {
  posting: MappedPosting;
  roles: string[];
  searchLocations: string[];
}

/**
 * A page posting as journaled: without its description, most of a page's
 * bytes; a posting replayed without one gets it back the next time a
 * collection sees it.
 */
export type JournaledPagePosting = Omit<PagePosting, 'posting'> & {
  posting: Omit<MappedPosting, 'description'> & { description?: string };
};

export function withoutDescription(entry: PagePosting): JournaledPagePosting {
  const { description: _description, ...posting } = entry.posting;
  return { ...entry, posting };
}

/** Merges postings found twice in one page (e.g. under two searched roles). */
export function mergeBySourceKey(postings: readonly MappedPosting[]): PagePosting[] {
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
  return [...merged.values()].map(({ posting, roles, searchLocations }) => ({
    posting,
    roles: [...roles],
    searchLocations: [...searchLocations],
  }));
}

/** What a posting seen for the first time is stored as: the document its upsert would leave. */
export function newPostingDocument(entry: PagePosting, now: Date, insertedByBatch?: number): JobPosting {
  const { role: _role, searchLocation: _searchLocation, seenAt, sourceKey, ...fields } = entry.posting;
  return {
    _id: sourceKey,
    ...fields,
    roles: entry.roles,
    searchLocations: entry.searchLocations,
    contribution: contributionOf({ ...entry.posting, roles: entry.roles }),
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    createdAt: now,
    updatedAt: now,
    ...(insertedByBatch === undefined ? {} : { insertedByBatch }),
  };
}

/** A contribution a page adds to the rollups (+1) or takes back from them (-1). */
export interface ContributionChange {
  contribution: PostingContribution;
  sign: 1 | -1;
}

export interface PagePlan {
  /** Writes for the postings that were not inserted as new documents. */
  writes: PostingWrite[];
  changes: ContributionChange[];
  result: IngestionResult;
}

/** Adds `changes` to `deltas` (a new accumulator without one); returns it. */
export function accumulate(
  changes: readonly ContributionChange[],
  deltas = new CellDeltaAccumulator(),
): CellDeltaAccumulator {
  for (const { contribution, sign } of changes) deltas.add(contribution, sign);
  return deltas;
}

/**
 * What a page changes. `inserted` are the postings this batch stored as new
 * documents: they need no write, only their whole contribution added. The
 * others merge into their stored state (`stored`), or are upserted as new when
 * there is none, and add only the difference to what they contributed before.
 */
export function planPage(
  page: readonly JournaledPagePosting[],
  inserted: ReadonlySet<string>,
  stored: ReadonlyMap<string, StoredPostingState>,
  now: Date,
): PagePlan {
  const changes: ContributionChange[] = [];
  const writes: PostingWrite[] = [];
  const result: IngestionResult = { newCount: 0, updatedCount: 0, changedCount: 0 };
  for (const { posting, roles, searchLocations } of page) {
    if (inserted.has(posting.sourceKey)) {
      result.newCount++;
      changes.push({ contribution: contributionOf({ ...posting, roles }), sign: 1 });
      continue;
    }
    const previous = stored.get(posting.sourceKey);
    const allRoles = new Set([...(previous?.roles ?? []), ...roles]);
    // Without a posting date a posting stays on the day it was first seen.
    const postedDay = posting.datePosted || !previous ? posting.postedDay : previous.postedDay;
    const contribution = contributionOf({ ...posting, postedDay, roles: [...allRoles] });
    const before = previous?.contribution ?? null;
    if (previous) result.updatedCount++;
    else result.newCount++;
    if (!sameContribution(before, contribution)) {
      if (previous) result.changedCount++;
      if (before) changes.push({ contribution: before, sign: -1 });
      changes.push({ contribution, sign: 1 });
    }
    const { role: _role, searchLocation: _searchLocation, seenAt, sourceKey, ...fields } = posting;
    writes.push({
      kind: 'upsert',
      sourceKey,
      set: { ...fields, postedDay, lastSeenAt: seenAt, contribution, updatedAt: now },
      setOnInsert: { firstSeenAt: seenAt, createdAt: now },
      addToSet: { roles, searchLocations },
    });
  }
  return { writes, changes, result };
}
