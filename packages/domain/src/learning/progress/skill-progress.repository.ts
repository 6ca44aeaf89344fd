import { isDuplicateKeyError } from '../../database/index.js';
import { CompletedResourceModel } from './completed-resource.model.js';
import { type LearningState, SkillProgressModel } from './skill-progress.model.js';

export async function ensureLearningProgressIndexes(): Promise<void> {
  await SkillProgressModel.createIndexes();
  await CompletedResourceModel.createIndexes();
}

export interface SkillProgressRecord {
  userId: string;
  skill: string;
  state: LearningState;
  startedAt: Date | null;
  finishedAt: Date | null;
  addedToProfile: boolean;
  updatedAt: Date | null;
}

export interface CompletedResourceRecord {
  url: string;
  completedAt: Date;
}

/** What a record becomes; the key (user, skill) is the record's own. */
export type SkillProgressChange = Omit<SkillProgressRecord, 'userId' | 'skill' | 'updatedAt'>;

function progressId(userId: string, skill: string): string {
  return `${userId}/${skill}`;
}

function completionId(userId: string, url: string): string {
  return `${userId} ${url}`;
}

/**
 * An upsert by primary key. Two first writes racing on one key may both try to
 * insert; the loser gets a duplicate-key error (MongoDB and FerretDB alike) and
 * its retry finds the document and updates it, so neither write is lost.
 */
async function upsertById(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await write();
  }
}

const RECORD_FIELDS = {
  _id: 0,
  userId: 1,
  skill: 1,
  state: 1,
  startedAt: 1,
  finishedAt: 1,
  addedToProfile: 1,
  updatedAt: 1,
} as const;

/**
 * Learning progress: one document per (user, skill) and one per (user, completed
 * resource). Every write replaces whole fields of a single document addressed by
 * its _id, which FerretDB 1.x (no transactions, non-atomic conditional updates)
 * and MongoDB both apply without losing a concurrent write to another document.
 */
export class SkillProgressRepository {
  async find(userId: string, skill: string): Promise<SkillProgressRecord | null> {
    return SkillProgressModel.findById(progressId(userId, skill), RECORD_FIELDS).lean<SkillProgressRecord>();
  }

  async listForUser(userId: string): Promise<SkillProgressRecord[]> {
    return SkillProgressModel.find({ userId }, RECORD_FIELDS).lean<SkillProgressRecord[]>();
  }

  async save(userId: string, skill: string, change: SkillProgressChange): Promise<void> {
    await upsertById(() =>
      SkillProgressModel.updateOne(
        { _id: progressId(userId, skill) },
        { $set: { userId, skill, ...change } },
        { upsert: true },
      ),
    );
  }

  /** Keeps the first completion time when a resource is marked twice. */
  async markResourceCompleted(userId: string, url: string, completedAt: Date): Promise<void> {
    await upsertById(() =>
      CompletedResourceModel.updateOne(
        { _id: completionId(userId, url) },
        { $setOnInsert: { userId, url, completedAt } },
        { upsert: true },
      ),
    );
  }

  async unmarkResourceCompleted(userId: string, url: string): Promise<void> {
    await CompletedResourceModel.deleteOne({ _id: completionId(userId, url) });
  }

  async completedResources(userId: string): Promise<CompletedResourceRecord[]> {
    return CompletedResourceModel.find({ userId }, { _id: 0, url: 1, completedAt: 1 })
      .sort({ completedAt: -1, url: 1 })
      .lean<CompletedResourceRecord[]>();
  }

  async deleteAllForUser(userId: string): Promise<void> {
    await SkillProgressModel.deleteMany({ userId });
    await CompletedResourceModel.deleteMany({ userId });
  }
}
