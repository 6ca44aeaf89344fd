import { getModelForClass, modelOptions, prop } from '@typegoose/typegoose';
// The file, not the folder's index: that one imports every model, this one among them.
import { bulkWriteInChunks } from '../database/bounded-writes.js';

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

export async function ensureRoleActivityIndexes(): Promise<void> {
  await RoleActivityModel.createIndexes();
}

export async function recordRoleActivity(roles: ReadonlySet<string>, at: Date): Promise<void> {
  if (roles.size === 0) return;
  await bulkWriteInChunks(
    RoleActivityModel.collection,
    [...roles].map((role) => ({
      updateOne: { filter: { _id: role as never }, update: { $set: { lastCollectedAt: at } }, upsert: true },
    })),
  );
}

export async function lastCollectedAt(role: string): Promise<Date | null> {
  return (await RoleActivityModel.findById(role).lean())?.lastCollectedAt ?? null;
}
