import { getModelForClass, modelOptions, prop } from '@typegoose/typegoose';
import type { Collection } from 'mongodb';
import { bulkWriteInChunks } from '../database/index.js';

/** When postings were last collected for a role: the freshness rule reads one document by key. */
@modelOptions({
  schemaOptions: { collection: 'role_activity', versionKey: false },
  options: { customName: 'RoleActivity' },
})
class RoleActivity {
  /** normalizeRole() key. */
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: Date, required: true })
  public lastCollectedAt!: Date;
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
