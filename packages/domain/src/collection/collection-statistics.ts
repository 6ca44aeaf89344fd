import { type Clock, utcDay } from '../clock/index.js';
import { countPostings, countPostingsFirstSeenSince, mostFrequentValues } from '../postings/index.js';
import type { CollectionStatistics } from './collection.types.js';
import { creditsUsedInMonthOf, creditsUsedOn, findLatestRun } from './collection-run.repository.js';

const TOP = 10;

/** What the collection has gathered and spent; an operations view for admins. */
export async function collectionStatistics(
  dailyCreditBudget: number,
  clock: Clock,
): Promise<CollectionStatistics> {
  const now = clock.now();
  const today = utcDay(now);
  const since = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const [
    totalJobs,
    jobsLast24h,
    jobsLast7d,
    topRoles,
    topLocations,
    dataSources,
    creditsToday,
    month,
    lastRun,
  ] = await Promise.all([
    countPostings(),
    countPostingsFirstSeenSince(since(24)),
    countPostingsFirstSeenSince(since(24 * 7)),
    mostFrequentValues('roles', TOP),
    mostFrequentValues('location', TOP),
    mostFrequentValues('source', TOP),
    creditsUsedOn(today),
    creditsUsedInMonthOf(today),
    findLatestRun(),
  ]);
  return {
    totalJobs,
    jobsLast24h,
    jobsLast7d,
    topRoles,
    topLocations,
    creditsUsedToday: creditsToday,
    creditsUsedThisMonth: month,
    dailyCreditBudget,
    dataSources,
    lastRun,
  };
}
