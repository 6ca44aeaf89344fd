import type { Clock } from '../clock/index.js';
import type {
  TheirStackJob,
  TheirStackJobSearchRequest,
  TheirStackJobSearchResponse,
} from '../theirstack/index.js';
import {
  checkSearchRequest,
  PROBE_REQUEST,
  TheirStackClientError,
  type TheirStackJobSearcher,
  type TheirStackSearchResult,
} from '../theirstack/index.js';
import { dateOfDayNumber, dayNumberOf } from './calendar-days.js';
import { DemoJobFactory } from './demo-job-factory.js';
import { type JobCorpus, searchJobCorpus } from './job-corpus-search.js';

export interface DemoJobSourceOptions {
  readonly seed: number;
  /** Postings live at any moment, spread evenly over the last `windowDays` days. Default 5,000. */
  readonly jobCount?: number;
  /** How far back postings reach. Default 30 days. */
  readonly windowDays?: number;
  /** Where "today" is: the live window ends on its day. */
  readonly clock: Clock;
}

/**
 * A seeded, ever-moving job market: each UTC day gets its own postings, and
 * the last `windowDays` days are live. A posting's id and content depend only
 * on the seed and its place in the stream, so searching again (today or next
 * week) finds the same postings, plus the new day's ones.
 */
export interface DemoJobSource extends JobCorpus, TheirStackJobSearcher {
  readonly seed: number;
  readonly jobCount: number;
  readonly windowDays: number;
  /** Every live posting, newest first. The objects are the source's own: treat them as read-only. */
  jobs(): TheirStackJob[];
  /** The API's answer to a search body: same validation, filters, order, pages and totals. */
  searchDemoJobs(request: unknown): TheirStackJobSearchResponse;
}

const DAY_CACHE_MARGIN = 2;

class DemoJobStream implements DemoJobSource {
  readonly seed: number;
  readonly jobCount: number;
  readonly windowDays: number;
  private readonly clock: Clock;
  private readonly factory: DemoJobFactory;
  /** Generated days, each newest first; days that fall out of the window are dropped. */
  private readonly days = new Map<number, TheirStackJob[]>();

  constructor(options: DemoJobSourceOptions) {
    this.seed = options.seed;
    this.jobCount = options.jobCount ?? 5_000;
    this.windowDays = options.windowDays ?? 30;
    if (!Number.isInteger(this.jobCount) || this.jobCount < 0)
      throw new RangeError('jobCount must be a whole number');
    if (!Number.isInteger(this.windowDays) || this.windowDays < 1)
      throw new RangeError('windowDays must be at least 1');
    this.clock = options.clock;
    this.factory = new DemoJobFactory(this.seed);
  }

  now(): Date {
    return this.clock.now();
  }

  *jobsPostedBetween(fromDay: number, toDay: number): Iterable<TheirStackJob> {
    const today = dayNumberOf(this.clock.now());
    this.forgetDaysBefore(today - this.windowDays - DAY_CACHE_MARGIN);
    const newest = Math.min(toDay, today);
    const oldest = Math.max(fromDay, today - this.windowDays + 1);
    for (let day = newest; day >= oldest; day -= 1) yield* this.jobsOfDay(day);
  }

  jobs(): TheirStackJob[] {
    return [...this.jobsPostedBetween(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)];
  }

  searchDemoJobs(request: unknown): TheirStackJobSearchResponse {
    const check = checkSearchRequest(request);
    if (!check.ok) throw new TheirStackClientError('POST /v1/jobs/search (demo)', check.problem);
    return searchJobCorpus(this, check.request);
  }

  async searchJobs(request: TheirStackJobSearchRequest): Promise<TheirStackSearchResult> {
    const response = this.searchDemoJobs(request);
    return {
      jobs: response.data,
      totalResults: response.metadata.total_results,
      truncatedResults: 0,
      creditsUsed: request.blur_company_data ? 0 : response.data.length,
      rateLimit: undefined,
    };
  }

  probe(): Promise<TheirStackSearchResult> {
    return this.searchJobs(PROBE_REQUEST);
  }

  /**
   * Day d holds the stream indexes [⌊d·N/W⌋, ⌊(d+1)·N/W⌋), so any W
   * consecutive days hold exactly N postings whatever today is.
   */
  private firstIndexOfDay(day: number): number {
    return Math.floor((day * this.jobCount) / this.windowDays);
  }

  private jobsOfDay(day: number): TheirStackJob[] {
    const cached = this.days.get(day);
    if (cached) return cached;
    const postedOn = dateOfDayNumber(day);
    const jobs: TheirStackJob[] = [];
    for (let index = this.firstIndexOfDay(day + 1) - 1; index >= this.firstIndexOfDay(day); index -= 1) {
      jobs.push(this.factory.build(index, postedOn));
    }
    this.days.set(day, jobs);
    return jobs;
  }

  private forgetDaysBefore(day: number): void {
    for (const cachedDay of this.days.keys()) if (cachedDay < day) this.days.delete(cachedDay);
  }
}

export function createDemoJobSource(options: DemoJobSourceOptions): DemoJobSource {
  return new DemoJobStream(options);
}

/** A one-off corpus: the postings live at the clock's time, newest first. */
export function generateDemoJobs(options: DemoJobSourceOptions): TheirStackJob[] {
  return createDemoJobSource(options).jobs();
}
