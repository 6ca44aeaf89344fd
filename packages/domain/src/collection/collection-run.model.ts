import { getModelForClass, index, prop } from '@typegoose/typegoose';
import type { Types } from 'mongoose';
import {
  counter,
  nullableDate,
  nullableString,
  requiredNumber,
  requiredString,
  storedAs,
  stringList,
} from '../database/index.js';

export const COLLECTION_RUN_STATES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type CollectionRunState = (typeof COLLECTION_RUN_STATES)[number];

export const COLLECTION_TRIGGERS = ['schedule', 'profile', 'admin', 'startup'] as const;
export type CollectionTrigger = (typeof COLLECTION_TRIGGERS)[number];

export class RoleCollectionResult {
  @requiredString() public role!: string;
  @counter() public jobsNew!: number;
  @counter() public jobsUpdated!: number;
  @counter() public pagesFetched!: number;
  @counter() public creditsUsed!: number;

  /** Why the role stopped early (budget spent, API error); null when it finished normally. */
  @nullableString() public stoppedReason!: string | null;
}

@storedAs('CollectionRun', { collection: 'collection_runs', timestamps: true })
@index({ createdAt: -1 })
@index({ state: 1, createdAt: -1 })
export class CollectionRun {
  public _id!: Types.ObjectId;

  @requiredString({ enum: COLLECTION_RUN_STATES, default: 'QUEUED' }) public state!: CollectionRunState;
  @requiredString({ enum: COLLECTION_TRIGGERS }) public trigger!: CollectionTrigger;

  /** Role titles to collect; empty for a run over every user's target roles. */
  @stringList() public roles!: string[];

  @stringList() public locations!: string[];
  @requiredNumber() public maxAgeDays!: number;
  @requiredNumber() public perRoleLimit!: number;
  @nullableString() public requestedBy!: string | null;
  @requiredString({ enum: ['theirstack', 'demo'] }) public source!: 'theirstack' | 'demo';

  @prop({ type: () => [RoleCollectionResult], default: [], _id: false })
  public results!: RoleCollectionResult[];

  @nullableString() public error!: string | null;
  @nullableDate() public startedAt!: Date | null;
  @nullableDate() public finishedAt!: Date | null;

  public createdAt!: Date;
  public updatedAt!: Date;
}

export const CollectionRunModel = getModelForClass(CollectionRun);

/** Credits spent per UTC day, for the daily budget and the statistics. */
@storedAs('CreditUsage', { collection: 'credit_usage', versionKey: false })
export class CreditUsage {
  /** YYYY-MM-DD */
  @requiredString() public _id!: string;

  @counter() public credits!: number;
}

export const CreditUsageModel = getModelForClass(CreditUsage);
