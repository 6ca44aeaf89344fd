import type { RateLimitWindowState } from './rate-limit-headers.js';
import type { TheirStackJob, TheirStackJobSearchRequest } from './theirstack.types.js';

export interface TheirStackSearchResult {
  readonly jobs: TheirStackJob[];
  /** Null unless the request set `include_total_results`. */
  readonly totalResults: number | null;
  /** Rows withheld because the account ran short of credits. */
  readonly truncatedResults: number;
  /** One credit per row returned; preview (blurred) searches are free. */
  readonly creditsUsed: number;
  /** The rate-limit windows as the response reported them, when it did. */
  readonly rateLimit: readonly RateLimitWindowState[] | undefined;
}

/**
 * Where job postings come from: the real API through `TheirStackClient`, or
 * the seeded demo source when no API key is configured.
 */
export interface TheirStackJobSearcher {
  searchJobs(request: TheirStackJobSearchRequest): Promise<TheirStackSearchResult>;
  /** A free request that proves the source answers (preview mode, one row). */
  probe(): Promise<TheirStackSearchResult>;
}

/** The probe: preview mode makes it free, and yesterday's postings always exist. */
export const PROBE_REQUEST: TheirStackJobSearchRequest = Object.freeze({
  posted_at_max_age_days: 1,
  limit: 1,
  page: 0,
  blur_company_data: true,
});
