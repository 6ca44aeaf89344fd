import type { Clock } from '../clock/index.js';
import type { TheirStackJob } from '../theirstack/index.js';
import { dayNumberOfDate } from './calendar-days.js';
import type { JobCorpus } from './job-corpus-search.js';

function newestFirst(left: TheirStackJob, right: TheirStackJob): number {
  const byDate = (right.date_posted ?? '').localeCompare(left.date_posted ?? '');
  return byDate !== 0 ? byDate : right.id - left.id;
}

/** A fixed list of postings (hand-written test data, a saved snapshot) searched like the API. */
export function createStaticJobCorpus(jobs: readonly TheirStackJob[], clock: Clock): JobCorpus {
  const sorted = [...jobs]
    .sort(newestFirst)
    .map((job) => ({ job, day: job.date_posted === null ? undefined : dayNumberOfDate(job.date_posted) }));
  return {
    now: () => clock.now(),
    *jobsPostedBetween(fromDay, toDay) {
      const unbounded = fromDay === Number.NEGATIVE_INFINITY && toDay === Number.POSITIVE_INFINITY;
      for (const { job, day } of sorted) {
        // An undated posting can only match a search with no date bounds (a company-only search).
        if (day === undefined ? unbounded : day >= fromDay && day <= toDay) yield job;
      }
    },
  };
}
