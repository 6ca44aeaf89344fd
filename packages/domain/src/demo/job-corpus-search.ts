import type {
  TheirStackJob,
  TheirStackJobSearchRequest,
  TheirStackJobSearchResponse,
} from '../theirstack/index.js';
import { compileApiPattern } from '../theirstack/index.js';
import { dayNumberOf, dayNumberOfDate } from './calendar-days.js';
import { blurCompanyData } from './preview-mode.js';

/** A set of postings that can be searched the way TheirStack searches its index. */
export interface JobCorpus {
  /** The corpus' clock; `posted_at_max_age_days` counts back from this instant's UTC day. */
  now(): Date;
  /**
   * Postings whose `date_posted` day lies in [fromDay, toDay] (day numbers,
   * inclusive), newest first: `date_posted` descending, then id descending.
   */
  jobsPostedBetween(fromDay: number, toDay: number): Iterable<TheirStackJob>;
}

/** TheirStack's default page size. */
export const DEFAULT_PAGE_SIZE = 25;

type JobPredicate = (job: TheirStackJob) => boolean;

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/** Full-text title match: every word of some phrase appears among the title's words. */
function titleMatcher(phrases: readonly string[]): JobPredicate {
  const phraseWords = phrases.map(wordsOf).filter((words) => words.length > 0);
  return (job) => {
    const titleWords = new Set(wordsOf(job.job_title));
    return phraseWords.some((words) => words.every((word) => titleWords.has(word)));
  };
}

function patternMatcher(
  patterns: readonly string[],
  textsOf: (job: TheirStackJob) => Array<string | null | undefined>,
): JobPredicate {
  const regexes = patterns.map(compileApiPattern).filter((regex): regex is RegExp => regex !== undefined);
  return (job) => {
    const texts = textsOf(job).filter((text): text is string => Boolean(text));
    return regexes.some((regex) => texts.some((text) => regex.test(text)));
  };
}

function locationTexts(job: TheirStackJob): Array<string | null | undefined> {
  const texts = [job.location, job.short_location, job.long_location];
  for (const place of job.locations ?? []) texts.push(place.display_name, place.name, place.admin1_name);
  return texts;
}

function anyOf<T>(
  values: readonly T[] | undefined,
  valuesOf: (job: TheirStackJob) => ReadonlyArray<T | null | undefined>,
): JobPredicate | undefined {
  if (!values || values.length === 0) return undefined;
  const wanted = new Set(values);
  return (job) => valuesOf(job).some((value) => value !== null && value !== undefined && wanted.has(value));
}

function not(predicate: JobPredicate | undefined): JobPredicate | undefined {
  return predicate && ((job) => !predicate(job));
}

function nonEmpty(values: readonly string[] | undefined): readonly string[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

/** Strips a UTC designator so naive and Z-suffixed datetimes compare as text. */
function naiveUtc(datetime: string): string {
  return datetime.replace(/(Z|[+-]00:?00)$/i, '');
}

function buildFilters(request: TheirStackJobSearchRequest): JobPredicate[] {
  const titlesOr = nonEmpty(request.job_title_or);
  const titlesNot = nonEmpty(request.job_title_not);
  const titlePatternsOr = nonEmpty(request.job_title_pattern_or);
  const titlePatternsNot = nonEmpty(request.job_title_pattern_not);
  const locationPatterns = nonEmpty(request.job_location_pattern_or);
  const domains = request.company_domain_or?.map((domain) => domain.toLowerCase());
  const discoveredFrom = request.discovered_at_gte ? naiveUtc(request.discovered_at_gte) : undefined;
  const candidates: Array<JobPredicate | undefined> = [
    titlesOr && titleMatcher(titlesOr),
    titlesNot && not(titleMatcher(titlesNot)),
    titlePatternsOr && patternMatcher(titlePatternsOr, (job) => [job.job_title]),
    titlePatternsNot && not(patternMatcher(titlePatternsNot, (job) => [job.job_title])),
    locationPatterns && patternMatcher(locationPatterns, locationTexts),
    anyOf(request.job_country_code_or, (job) => [job.country_code, ...(job.country_codes ?? [])]),
    anyOf(request.job_technology_slug_or, (job) => job.technology_slugs ?? []),
    anyOf(request.job_id_or, (job) => [job.id]),
    not(anyOf(request.job_id_not, (job) => [job.id])),
    anyOf(request.job_seniority_or, (job) => [job.seniority]),
    anyOf(domains, (job) => [job.company_object.domain?.toLowerCase()]),
    anyOf(request.company_name_or, (job) => [job.company_object.name]),
    anyOf(request.company_linkedin_url_or, (job) => [job.company_object.linkedin_url]),
    typeof request.remote === 'boolean' ? (job) => job.remote === request.remote : undefined,
    discoveredFrom ? (job) => naiveUtc(job.discovered_at) >= discoveredFrom : undefined,
  ];
  return candidates.filter((predicate): predicate is JobPredicate => predicate !== undefined);
}

/** The inclusive day range the posted_at filters allow. */
function postedDayRange(request: TheirStackJobSearchRequest, today: number): [number, number] {
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  if (typeof request.posted_at_max_age_days === 'number') from = today - request.posted_at_max_age_days;
  if (request.posted_at_gte) from = Math.max(from, dayNumberOfDate(request.posted_at_gte));
  if (request.posted_at_lte) to = Math.min(to, dayNumberOfDate(request.posted_at_lte));
  return [from, to];
}

/** Where a page starts: an explicit offset wins, otherwise page × limit (pages are 0-based). */
export function pageStart(request: TheirStackJobSearchRequest): number {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  return request.offset || (request.page ?? 0) * limit;
}

/**
 * Runs a search that has already passed `checkSearchRequest`, with the API's
 * ordering, pagination, totals and preview-mode masking. Returned rows are
 * copies, so callers may change them freely.
 */
export function searchJobCorpus(
  corpus: JobCorpus,
  request: TheirStackJobSearchRequest,
): TheirStackJobSearchResponse {
  const filters = buildFilters(request);
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const start = pageStart(request);
  const wantTotals = request.include_total_results === true;
  const [fromDay, toDay] = postedDayRange(request, dayNumberOf(corpus.now()));
  const page: TheirStackJob[] = [];
  const companies = new Set<string>();
  let matches = 0;
  for (const job of corpus.jobsPostedBetween(fromDay, toDay)) {
    if (!filters.every((predicate) => predicate(job))) continue;
    if (matches >= start && page.length < limit) page.push(job);
    matches += 1;
    if (wantTotals) companies.add(job.company_object.id);
    else if (page.length === limit) break;
  }
  return {
    metadata: {
      total_results: wantTotals ? matches : null,
      total_companies: wantTotals ? companies.size : null,
      truncated_results: 0,
      truncated_companies: 0,
    },
    data: page.map((job) => (request.blur_company_data ? blurCompanyData(job) : structuredClone(job))),
  };
}
