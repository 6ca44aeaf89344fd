import {
  COLLECTION_RUN_STATES,
  COLLECTION_TRIGGERS,
  type CollectionRunState,
  type CollectionTrigger,
  LOCATION_MAX_LENGTH,
  POSTING_SOURCES,
  TARGET_ROLE_MAX_LENGTH,
  USER_ROLE_DEFAULTS,
} from '@career-navigator/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BoundedInt, BoundedTextList, registerValueEnum } from '../graphql/index.js';

const MAX_ROLES_PER_RUN = 20;
const MAX_LOCATIONS_PER_RUN = 20;
const MAX_JOBS_PER_ROLE = 1_000;

export const CollectionRunStateValue = registerValueEnum(COLLECTION_RUN_STATES, {
  name: 'CollectionRunState',
});

export const CollectionTriggerValue = registerValueEnum(COLLECTION_TRIGGERS, { name: 'CollectionTrigger' });

export const PostingSourceValue = registerValueEnum(POSTING_SOURCES, {
  name: 'PostingSource',
  description: 'THEIRSTACK: the TheirStack API; DEMO: the built-in generator used without an API key.',
});

@InputType('TriggerCollectionInput')
export class TriggerCollectionInput {
  @BoundedTextList({
    minItems: 1,
    maxItems: MAX_ROLES_PER_RUN,
    minLength: 2,
    maxLength: TARGET_ROLE_MAX_LENGTH,
  })
  roles!: string[];

  @BoundedTextList({
    maxItems: MAX_LOCATIONS_PER_RUN,
    minLength: 1,
    maxLength: LOCATION_MAX_LENGTH,
    defaultValue: [],
    description: 'Search locations; empty searches everywhere.',
  })
  locations!: string[];

  @BoundedInt({
    min: 1,
    max: 365,
    defaultValue: USER_ROLE_DEFAULTS.maxAgeDays,
    description: 'Oldest posting age.',
  })
  maxAgeDays!: number;

  @BoundedInt({ min: 1, max: MAX_JOBS_PER_ROLE, defaultValue: USER_ROLE_DEFAULTS.perRoleLimit })
  perRoleLimit!: number;
}

@ObjectType('RoleCollectionResult')
export class RoleCollectionResultType {
  @Field(() => String) role!: string;
  @Field(() => Int) jobsNew!: number;
  @Field(() => Int) jobsUpdated!: number;
  @Field(() => Int) pagesFetched!: number;
  @Field(() => Int) creditsUsed!: number;

  @Field(() => String, { nullable: true, description: 'Why the role stopped early; null when it finished.' })
  stoppedReason!: string | null;
}

@ObjectType('CollectionRun')
export class CollectionRunType {
  @Field(() => ID) id!: string;
  @Field(() => CollectionRunStateValue) state!: CollectionRunState;
  @Field(() => CollectionTriggerValue) trigger!: CollectionTrigger;
  @Field(() => PostingSourceValue) source!: 'theirstack' | 'demo';
  @Field(() => [String]) roles!: string[];
  @Field(() => [String]) locations!: string[];
  @Field(() => Int) maxAgeDays!: number;
  @Field(() => Int) perRoleLimit!: number;
  @Field(() => [RoleCollectionResultType]) results!: RoleCollectionResultType[];
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('CountByName')
export class CountByNameType {
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CollectionStatistics')
export class CollectionStatisticsType {
  @Field(() => Int) totalJobs!: number;
  @Field(() => Int) jobsLast24h!: number;
  @Field(() => Int) jobsLast7d!: number;
  @Field(() => [CountByNameType]) topRoles!: CountByNameType[];
  @Field(() => [CountByNameType]) topLocations!: CountByNameType[];
  @Field(() => Int) creditsUsedToday!: number;
  @Field(() => Int) creditsUsedThisMonth!: number;
  @Field(() => Int) dailyCreditBudget!: number;
  @Field(() => [CountByNameType]) dataSources!: CountByNameType[];
  @Field(() => CollectionRunType, { nullable: true }) lastRun!: CollectionRunType | null;
}
