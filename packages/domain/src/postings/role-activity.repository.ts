import { getModelForClass } from '@typegoose/typegoose';
import type { Collection } from 'mongodb';
import { bulkWriteInChunks, requiredDate, requiredString, storedAs } from '../database/index.js';

/** When postings were last collected for a role: the freshness rule reads one document by key. */
@storedAs('RoleActivity', { collection: 'role_activity', versionKey: false })
class RoleActivity {
  /** normalizeRole() key. */
  @requiredString() public _id!: string;

  @requiredDate() public lastCollectedAt!: Date;
}

const RoleActivityModel = getModelForClass(RoleActivity);

function activity(): Collection<RoleActivity> {
  return RoleActivityModel.db.collection<RoleActivity>(RoleActivityModel.collection.collectionName);
}

export async function ensureRoleActivityIndexes(): Promise<void> {
  await RoleActivityModel.createIndexes();
}

export async function recordRoleActivity(roles: ReadonlySet<string>, at: Date): Promise<void> {
  if (roles.size === 0) return;
  await bulkWriteInChunks(
    activity(),
    [...roles].map((role) => ({
      updateOne: { filter: { _id: role }, update: { $set: { lastCollectedAt: at } }, upsert: true },
    })),
  );
}

export async function lastCollectedAt(role: string): Promise<Date | null> {
  return (await RoleActivityModel.findById(role).lean())?.lastCollectedAt ?? null;
}
