import { type Clock, systemClock, utcDay } from '../clock/index.js';
import { JobPostingModel } from '../postings/index.js';
import type { CollectionStatistics, CountByName } from './collection.types.js';
import { latestCollectionRun } from './collection-runs.js';
import { creditsUsedInMonthOf, creditsUsedOn } from './credit-ledger.js';

const TOP = 10;

async function countBy(field: string, unwind: boolean): Promise<CountByName[]> {
  const rows = await JobPostingModel.aggregate<{ _id: string | null; count: number }>([
    ...(unwind ? [{ $unwind: `$${field}` }] : []),
    { $match: { [field]: { $nin: [null, ''] } } },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    { $sort: { count: -1, _id: 1 } },
    { $limit: TOP },
  ]);
  return rows.map((row) => ({ name: String(row._id), count: row.count }));
}

/** What the collection has gathered and spent; an operations view for admins. */
export async function collectionStatistics(
  dailyCreditBudget: number,
  clock: Clock = systemClock,
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
    JobPostingModel.estimatedDocumentCount(),
    JobPostingModel.countDocuments({ firstSeenAt: { $gte: since(24) } }),
    JobPostingModel.countDocuments({ firstSeenAt: { $gte: since(24 * 7) } }),
    countBy('roles', true),
    countBy('location', false),
    countBy('source', false),
    creditsUsedOn(today),
    creditsUsedInMonthOf(today),
    latestCollectionRun(),
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
