import { monthOf, utcDay } from '../clock/index.js';
import { isStoredId } from '../shared/index.js';
import type { CollectionRequest, CollectionRunView, RoleCollectionSummary } from './collection.types.js';
import {
  type CollectionRun,
  CollectionRunModel,
  type CollectionTrigger,
  CreditUsageModel,
} from './collection-run.model.js';

function toRunView(run: CollectionRun): CollectionRunView {
  return {
    id: run._id.toHexString(),
    state: run.state,
    trigger: run.trigger,
    source: run.source,
    roles: run.roles,
    locations: run.locations,
    maxAgeDays: run.maxAgeDays,
    perRoleLimit: run.perRoleLimit,
    results: run.results.map(({ role, jobsNew, jobsUpdated, pagesFetched, creditsUsed, stoppedReason }) => ({
      role,
      jobsNew,
      jobsUpdated,
      pagesFetched,
      creditsUsed,
      stoppedReason,
    })),
    error: run.error,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

export async function ensureCollectionRunIndexes(): Promise<void> {
  await CollectionRunModel.createIndexes();
  await CreditUsageModel.createIndexes();
}

export async function insertRun(
  request: CollectionRequest,
  trigger: CollectionTrigger,
  source: 'theirstack' | 'demo',
  requestedBy: string | null,
): Promise<CollectionRunView> {
  const run = await CollectionRunModel.create({ ...request, trigger, source, requestedBy, state: 'QUEUED' });
  return toRunView(run.toObject());
}

/** Null for an unknown id and for a string that is no id at all. */
export async function findRun(id: string): Promise<CollectionRunView | null> {
  if (!isStoredId(id)) return null;
  const run = await CollectionRunModel.findById(id).lean<CollectionRun>();
  return run ? toRunView(run) : null;
}

export async function findLatestRun(): Promise<CollectionRunView | null> {
  const run = await CollectionRunModel.findOne().sort({ createdAt: -1 }).lean<CollectionRun>();
  return run ? toRunView(run) : null;
}

export async function markRunStarted(id: string, now: Date): Promise<void> {
  await CollectionRunModel.updateOne(
    { _id: id },
    { $set: { state: 'RUNNING', startedAt: now, error: null } },
  );
}

/** Results are written role by role, so a run's progress is visible while it runs; a retried role replaces its result. */
export async function recordRoleResult(id: string, result: RoleCollectionSummary): Promise<void> {
  const run = await CollectionRunModel.findById(id, { results: 1 }).lean<Pick<CollectionRun, 'results'>>();
  const results = [...(run?.results ?? []).filter((recorded) => recorded.role !== result.role), result];
  await CollectionRunModel.updateOne({ _id: id }, { $set: { results } });
}

export async function markRunFinished(id: string, now: Date, error: string | null): Promise<void> {
  await CollectionRunModel.updateOne(
    { _id: id },
    { $set: { state: error ? 'FAILED' : 'COMPLETED', finishedAt: now, error } },
  );
}

/** Credits are counted per UTC day, for the daily budget and the statistics; returns the day's total. */
export async function recordCreditsUsed(credits: number, at: Date): Promise<number> {
  const day = await CreditUsageModel.findOneAndUpdate(
    { _id: utcDay(at) },
    { $inc: { credits } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return day.credits;
}

export async function creditsUsedOn(day: string): Promise<number> {
  return (await CreditUsageModel.findById(day).lean())?.credits ?? 0;
}

/** Credits spent from the first of the month (UTC) through `day`. */
export async function creditsUsedInMonthOf(day: string): Promise<number> {
  const days = await CreditUsageModel.find({ _id: { $gte: `${monthOf(day)}-01`, $lte: day } }).lean();
  return days.reduce((sum, entry) => sum + entry.credits, 0);
}

/** Fails a run unless it already ended; true when this call failed it. */
export async function markRunFailedIfUnfinished(id: string, now: Date, error: string): Promise<boolean> {
  const result = await CollectionRunModel.updateOne(
    { _id: id, state: { $in: ['QUEUED', 'RUNNING'] } },
    { $set: { state: 'FAILED', finishedAt: now, error } },
  );
  return result.modifiedCount > 0;
}

export async function runningRunIds(): Promise<string[]> {
  const runs = await CollectionRunModel.find({ state: 'RUNNING' }, { _id: 1 }).lean();
  return runs.map((run) => run._id.toHexString());
}
