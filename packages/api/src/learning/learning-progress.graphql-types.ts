import type { LearningState } from '@career-navigator/domain';
import { ArgsType, Field, Float, ObjectType } from 'type-graphql';
import { BoundedText, NamedSkillFields, SKILL_NAME_MAX_LENGTH, URL_MAX_LENGTH } from '../graphql/index.js';
import { LearningResourceType } from './learning.graphql-types.js';
import { LearningStateValue } from './learning-state.graphql-enum.js';

@ObjectType('SkillProgress', { description: 'Your progress in one skill.', implements: NamedSkillFields })
export class SkillProgressType extends NamedSkillFields {
  @Field(() => LearningStateValue) state!: LearningState;

  @Field(() => Date, { nullable: true, description: 'When you first started it; null when not started.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When you marked it DONE; null unless DONE.' })
  finishedAt!: Date | null;

  @Field(() => [String], { description: 'URLs of its catalog resources you completed, in catalog order.' })
  resourcesCompleted!: string[];
}

@ObjectType('CompletedLearningResource')
export class CompletedLearningResourceType {
  @Field(() => LearningResourceType) resource!: LearningResourceType;
  @Field(() => Date) completedAt!: Date;
}

@ObjectType('MyLearning', { description: 'Your progress across every roadmap.' })
export class MyLearningType {
  @Field(() => [SkillProgressType], { description: 'By display name.' }) inProgress!: SkillProgressType[];
  @Field(() => [SkillProgressType], { description: 'By display name.' }) done!: SkillProgressType[];
  @Field(() => [SkillProgressType], { description: 'By display name.' }) skipped!: SkillProgressType[];

  @Field(() => [SkillProgressType], { description: 'The latest skills marked DONE (up to 5), newest first.' })
  recentlyFinished!: SkillProgressType[];

  @Field(() => [CompletedLearningResourceType], {
    description: 'Newest first; resources no longer in the catalog are left out.',
  })
  resourcesCompleted!: CompletedLearningResourceType[];

  @Field(() => Float, { description: "The completed resources' estimated hours, added up." })
  hoursDone!: number;
}

@ArgsType()
export class SetSkillProgressArgs {
  @BoundedText({
    minLength: 1,
    maxLength: SKILL_NAME_MAX_LENGTH,
    description: 'Any spelling ("React.js"); an unknown skill is kept as its cleaned name.',
  })
  skill!: string;

  @Field(() => LearningStateValue) state!: LearningState;
}

@ArgsType()
export class SetResourceCompletedArgs {
  @BoundedText({ minLength: 1, maxLength: URL_MAX_LENGTH, description: 'The URL of a catalog resource.' })
  url!: string;

  @Field(() => Boolean) completed!: boolean;
}
