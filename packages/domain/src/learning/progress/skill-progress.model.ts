import { getModelForClass, index, prop, Severity } from '@typegoose/typegoose';
import { nullableDate, requiredString, storedAs } from '../../database/index.js';
import { LearnerDocument } from './learner-document.js';

export const LEARNING_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'SKIPPED'] as const;
export type LearningState = (typeof LEARNING_STATES)[number];

/** One learner's state in one skill; its _id is derived from (user, skill). */
@storedAs(
  'SkillProgress',
  { collection: 'skill_progress', timestamps: { createdAt: false, updatedAt: true } },
  { allowMixed: Severity.ERROR },
)
@index({ userId: 1 })
export class SkillProgressDocument extends LearnerDocument {
  /** Canonical skill id (normalizeSkill). */
  @requiredString() public skill!: string;

  @requiredString({ enum: LEARNING_STATES }) public state!: LearningState;
  @nullableDate() public startedAt!: Date | null;
  @nullableDate() public finishedAt!: Date | null;

  /** True when marking the skill DONE put it into the profile, so moving back takes it out again. */
  @prop({ type: Boolean, default: false }) public addedToProfile!: boolean;

  public updatedAt!: Date;
}

export const SkillProgressModel = getModelForClass(SkillProgressDocument);
