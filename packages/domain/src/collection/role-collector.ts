import { type Clock, utcDay } from '../clock/index.js';
import type { IngestionSession } from '../ingestion/index.js';
import { type LocationSearchSlice, planLocationFilters } from '../locations/index.js';
import type { Logger } from '../logging/index.js';
import {
  type MappedPosting,
  mapTheirStackJob,
  type PostingSource,
  recordRoleActivity,
} from '../postings/index.js';
import { isExcludedTitle, normalizeRole, roleExclusions, roleVariations } from '../roles/index.js';
import { oneAhead } from '../shared/index.js';
import type { SkillNormalizer } from '../skills/index.js';
import {
  TheirStackAuthenticationError,
  type TheirStackJobSearcher,
  type TheirStackJobSearchRequest,
} from '../theirstack/index.js';
import type { RoleCollectionSummary } from './collection.types.js';
import { creditsUsedOn, recordCreditsUsed } from './collection-run.repository.js';

export interface CollectionContext {
  searcher: TheirStackJobSearcher;
  source: PostingSource;
  /** Page size of one API request (MAX_JOBS_PER_SEARCH). */
  maxJobsPerSearch: number;
  /** Credits the real API may spend per UTC day; the demo source is free. */
  dailyCreditBudget: number;
  clock: Clock;
  logger?: Logger;
  /** Maps the postings' technology slugs to skill ids. */
  skills: SkillNormalizer;
  /** The ingestion lock's lease (default INGESTION_LEASE_MS). */
  ingestionLeaseMs?: number | undefined;
}

export interface RoleCollectionRequest {
  role: string;
  locations: readonly string[];
  maxAgeDays: number;
  perRoleLimit: number;
}

/** Raised when the API key is refused: no other role can succeed either. */
export class CollectionAbortedError extends Error {}

function searchRequest(
  request: RoleCollectionRequest,
  slice: LocationSearchSlice,
  offset: number,
  limit: number,
): TheirStackJobSearchRequest {
  const excluded = roleExclusions(request.role);
  return {
    job_title_or: roleVariations(request.role),
    ...(excluded.length > 0 ? { job_title_not: excluded } : {}),
    posted_at_max_age_days: request.maxAgeDays,
    offset,
    limit,
    ...(slice.countryCodes.length > 0 ? { job_country_code_or: [...slice.countryCodes] } : {}),
    ...(slice.locationPatterns.length > 0 ? { job_location_pattern_or: [...slice.locationPatterns] } : {}),
    ...(slice.remote !== null ? { remote: slice.remote } : {}),
  };
}

/**
 * What is left of today's credit budget: read before the role's first page,
 * then known from what recording each page's credits returns (today's total,
 * other processes' spending included).
 */
class CreditBudget {
  private spentToday: { day: string; credits: number } | null = null;

  constructor(private readonly context: CollectionContext) {}

  async left(): Promise<number> {
    const { context } = this;
    if (context.source !== 'theirstack') return Number.POSITIVE_INFINITY;
    const day = utcDay(context.clock.now());
    if (this.spentToday?.day !== day) this.spentToday = { day, credits: await creditsUsedOn(day) };
    return context.dailyCreditBudget - this.spentToday.credits;
  }

  async spend(credits: number): Promise<void> {
    const { context } = this;
    if (context.source !== 'theirstack' || credits <= 0) return;
    const at = context.clock.now();
    this.spentToday = { day: utcDay(at), credits: await recordCreditsUsed(credits, at) };
  }
}

/**
 * The mapped postings of one role's pages, in order: every location slice from
 * its first row, until the role's limit, a short page, or the day's credit
 * budget ends it (the budget's end is noted in `summary`). Pages are addressed
 * by offset because their size can shrink near the limit or the budget, and a
 * page number would then point at rows already paid for. What each request
 * costs is counted in `summary` as soon as it is answered.
 */
async function* fetchPages(
  request: RoleCollectionRequest,
  context: CollectionContext,
  summary: RoleCollectionSummary,
): AsyncGenerator<MappedPosting[]> {
  const roleKey = normalizeRole(request.role);
  const budget = new CreditBudget(context);
  let rowsFetched = 0;
  for (const slice of planLocationFilters(request.locations).slices) {
    for (let offset = 0; rowsFetched < request.perRoleLimit; ) {
      const creditsLeft = await budget.left();
      if (creditsLeft <= 0) {
        summary.stoppedReason = 'daily credit budget spent';
        return;
      }
      const wanted = request.perRoleLimit - rowsFetched;
      const limit = Math.max(1, Math.min(context.maxJobsPerSearch, wanted, creditsLeft));
      const result = await context.searcher.searchJobs(searchRequest(request, slice, offset, limit));
      offset += result.jobs.length;
      rowsFetched += result.jobs.length;
      summary.pagesFetched++;
      summary.creditsUsed += result.creditsUsed;
      await budget.spend(result.creditsUsed);
      const seenAt = context.clock.now();
      yield result.jobs
        .filter((job) => !isExcludedTitle(request.role, job.job_title))
        .map((job) =>
          mapTheirStackJob(job, {
            role: roleKey,
            searchLocation: slice.label,
            source: context.source,
            seenAt,
            skills: context.skills,
          }),
        )
        .filter((posting): posting is MappedPosting => posting !== null);
      if (result.jobs.length < limit) break;
    }
  }
}

/**
 * Collects one role (see fetchPages). The next page is fetched and mapped
 * while the current one is stored: the fetch waits on TheirStack, the store on
 * the database, so a page costs about the longer of the two instead of their
 * sum. Pages are still stored one at a time and in order (their cells within
 * the session's bound). A crash loses at most the page being fetched and the
 * one being stored if its journal entry is not written yet, and a page that
 * fails to store costs at most the credits of the one fetched meanwhile.
 */
export async function collectRole(
  request: RoleCollectionRequest,
  context: CollectionContext,
  ingestion: IngestionSession,
): Promise<RoleCollectionSummary> {
  const summary: RoleCollectionSummary = {
    role: request.role,
    jobsNew: 0,
    jobsUpdated: 0,
    pagesFetched: 0,
    creditsUsed: 0,
    stoppedReason: null,
  };
  try {
    for await (const postings of oneAhead(fetchPages(request, context, summary))) {
      const stored = await ingestion.ingest(postings);
      summary.jobsNew += stored.newCount;
      summary.jobsUpdated += stored.updatedCount;
    }
  } catch (error) {
    if (error instanceof TheirStackAuthenticationError) throw new CollectionAbortedError(error.message);
    summary.stoppedReason = error instanceof Error ? error.message : String(error);
    context.logger?.warn({ role: request.role, err: error }, 'role collection stopped early');
  }
  // Even a role that found nothing storable was searched: it counts as fresh, so it is not paid for again at once.
  if (summary.pagesFetched > 0) {
    await recordRoleActivity(new Set([normalizeRole(request.role)]), context.clock.now());
  }
  return summary;
}
