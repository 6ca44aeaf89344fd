import { getModelForClass, index, modelOptions, prop } from '@typegoose/typegoose';
import type { Types } from 'mongoose';

export const COLLECTION_RUN_STATES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type CollectionRunState = (typeof COLLECTION_RUN_STATES)[number];

export const COLLECTION_TRIGGERS = ['schedule', 'profile', 'admin', 'startup'] as const;
export type CollectionTrigger = (typeof COLLECTION_TRIGGERS)[number];

export class RoleCollectionResult {
  @prop({ type: String, required: true })
  public role!: string;

  @prop({ type: Number, required: true, default: 0 })
  public jobsNew!: number;

  @prop({ type: Number, required: true, default: 0 })
  public jobsUpdated!: number;

  @prop({ type: Number, required: true, default: 0 })
  public pagesFetched!: number;

  @prop({ type: Number, required: true, default: 0 })
  public creditsUsed!: number;

  /** Why the role stopped early (budget spent, API error); null when it finished normally. */
  @prop({ type: String, default: null })
  public stoppedReason!: string | null;
}

@modelOptions({
  schemaOptions: { collection: 'collection_runs', timestamps: true },
  options: { customName: 'CollectionRun' },
})
@index({ createdAt: -1 })
@index({ state: 1, createdAt: -1 })
export class CollectionRun {
  public _id!: Types.ObjectId;

  @prop({ type: String, required: true, enum: COLLECTION_RUN_STATES, default: 'QUEUED' })
  public state!: CollectionRunState;

  @prop({ type: String, required: true, enum: COLLECTION_TRIGGERS })
  public trigger!: CollectionTrigger;

  /** Role titles to collect; empty for a run over every user's target roles. */
  @prop({ type: () => [String], default: [] })
  public roles!: string[];

  @prop({ type: () => [String], default: [] })
  public locations!: string[];

  @prop({ type: Number, required: true })
  public maxAgeDays!: number;

  @prop({ type: Number, required: true })
  public perRoleLimit!: number;

  @prop({ type: String, default: null })
  public requestedBy!: string | null;

  @prop({ type: String, required: true, enum: ['theirstack', 'demo'] })
  public source!: 'theirstack' | 'demo';

  @prop({ type: () => [RoleCollectionResult], default: [], _id: false })
  public results!: RoleCollectionResult[];

  @prop({ type: String, default: null })
  public error!: string | null;

  @prop({ type: Date, default: null })
  public startedAt!: Date | null;

  @prop({ type: Date, default: null })
  public finishedAt!: Date | null;

  public createdAt!: Date;
  public updatedAt!: Date;
}

export const CollectionRunModel = getModelForClass(CollectionRun);

/** Credits spent per UTC day, for the daily budget and the statistics. */
@modelOptions({
  schemaOptions: { collection: 'credit_usage', versionKey: false },
  options: { customName: 'CreditUsage' },
})
export class CreditUsage {
  /** YYYY-MM-DD */
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: Number, required: true, default: 0 })
  public credits!: number;
}

export const CreditUsageModel = getModelForClass(CreditUsage);
