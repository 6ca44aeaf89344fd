import { Types } from 'mongoose';
import { ValidationError } from '../errors/index.js';
import type { CollectionRequest, CollectionRunView, RoleCollectionSummary } from './collection.types.js';
import { type CollectionRun, CollectionRunModel, type CollectionTrigger } from './collection-run.model.js';

export function toRunView(run: CollectionRun): CollectionRunView {
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

export async function createRun(
  request: CollectionRequest,
  trigger: CollectionTrigger,
  source: 'theirstack' | 'demo',
  requestedBy: string | null,
): Promise<CollectionRunView> {
  const run = await CollectionRunModel.create({ ...request, trigger, source, requestedBy, state: 'QUEUED' });
  return toRunView(run.toObject());
}

export async function findCollectionRun(id: string): Promise<CollectionRunView | null> {
  if (!Types.ObjectId.isValid(id)) throw ValidationError.forField('id', 'is not a valid collection run id');
  const run = await CollectionRunModel.findById(id).lean();
  return run ? toRunView(run) : null;
}

export async function latestCollectionRun(): Promise<CollectionRunView | null> {
  const run = await CollectionRunModel.findOne().sort({ createdAt: -1 }).lean();
  return run ? toRunView(run) : null;
}

export async function markRunStarted(id: string, now: Date): Promise<void> {
  await CollectionRunModel.updateOne(
    { _id: id },
    { $set: { state: 'RUNNING', startedAt: now, error: null } },
  );
}

/** Results are written role by role, so a run's progress is visible while it runs. */
export async function recordRoleResult(id: string, result: RoleCollectionSummary): Promise<void> {
  const run = await CollectionRunModel.findById(id, { results: 1 }).lean();
  const results = [...(run?.results ?? []).filter((recorded) => recorded.role !== result.role), result];
  await CollectionRunModel.updateOne({ _id: id }, { $set: { results } });
}

export async function markRunFinished(id: string, now: Date, error: string | null): Promise<void> {
  await CollectionRunModel.updateOne(
    { _id: id },
    { $set: { state: error ? 'FAILED' : 'COMPLETED', finishedAt: now, error } },
  );
}

export async function loadRun(id: string): Promise<CollectionRunView | null> {
  const run = await CollectionRunModel.findById(id).lean();
  return run ? toRunView(run) : null;
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
