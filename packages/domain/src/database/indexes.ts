import type { Model } from 'mongoose';
import { SessionModel } from '../accounts/sessions/session.model.js';
import { CollectionRunModel, CreditUsageModel } from '../collection/index.js';
import { CompletedResourceModel, SkillProgressModel } from '../learning/progress/index.js';
import { JobPostingModel, RoleActivityModel } from '../postings/index.js';
import { RollupCellModel, RollupCounterModel, RollupJournalModel } from '../rollups/index.js';
import { UserModel } from '../users/index.js';

/** Every collection the system owns; start-up creates their indexes before serving. */
const OWNED_MODELS: readonly Model<never>[] = [
  UserModel,
  SessionModel,
  JobPostingModel,
  RollupCellModel,
  RollupJournalModel,
  RollupCounterModel,
  CollectionRunModel,
  CreditUsageModel,
  RoleActivityModel,
  SkillProgressModel,
  CompletedResourceModel,
] as unknown as Model<never>[];

export async function ensureIndexes(): Promise<void> {
  for (const model of OWNED_MODELS) {
    await model.createIndexes();
  }
}
