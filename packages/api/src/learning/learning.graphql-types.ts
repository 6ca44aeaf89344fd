import { type ResourceType, TARGET_ROLE_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  MAX_SKILLS_PER_QUERY,
  SEARCH_TEXT_MAX_LENGTH,
  SKILL_NAME_MAX_LENGTH,
} from '../graphql/argument-limits.js';
import { BoundedInt, BoundedText, BoundedTextList } from '../graphql/validated-fields.js';

export const ResourceTypeValue = {
  DOCUMENTATION: 'Documentation',
  TUTORIAL: 'Tutorial',
  VIDEO: 'Video',
  COURSE: 'Course',
  BOOK: 'Book',
  PRACTICE: 'Practice',
} as const satisfies Record<string, ResourceType>;

registerEnumType(ResourceTypeValue, { name: 'ResourceType' });

@ObjectType('LearningResource')
export class LearningResourceType {
  @Field(() => ResourceTypeValue)
  type!: ResourceType;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float, { description: 'Typical hours to work through the resource.' })
  estimatedHours!: number;

  @Field(() => String, { description: 'Canonical id of the skill the resource teaches.' })
  skill!: string;
}

@ObjectType('SkillPath')
export class SkillPathType {
  @Field(() => String, { description: 'Canonical skill id.' })
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  category!: string;

  @Field(() => [LearningResourceType])
  resources!: readonly LearningResourceType[];

  @Field(() => Boolean)
  isMissing!: boolean;

  @Field(() => Float, { description: 'Higher first: the demand share for role-based paths.' })
  priorityScore!: number;

  @Field(() => Float, { nullable: true, description: 'Null when the catalog has no resources for it.' })
  estimatedHours!: number | null;

  @Field(() => [String], { description: 'Skills to learn first.' })
  prerequisites!: string[];

  @Field(() => String, { description: 'Why the skill is on the path.' })
  reason!: string;
}

@ObjectType('LearningRoadmap')
export class LearningRoadmapType {
  @Field(() => String, { nullable: true })
  targetRole!: string | null;

  @Field(() => [SkillPathType])
  skillPaths!: SkillPathType[];

  @Field(() => Int)
  totalSkills!: number;

  @Field(() => Int)
  missingSkillsCount!: number;

  @Field(() => Float, { nullable: true, description: 'Null when no gap analysis was made.' })
  coveragePercentage!: number | null;

  @Field(() => Float, { description: 'Hours to study every missing skill.' })
  estimatedHoursToClose!: number;

  @Field(() => [String])
  recommendations!: string[];

  @Field(() => [String])
  dataSources!: string[];
}

@ObjectType('ResourceSearchFilters')
export class ResourceSearchFiltersType {
  @Field(() => ResourceTypeValue, { nullable: true })
  resourceType!: ResourceType | null;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  offset!: number;
}

@ObjectType('ResourceSearchResult')
export class ResourceSearchResultType {
  @Field(() => [LearningResourceType])
  resources!: LearningResourceType[];

  @Field(() => Int, { description: 'Matches before limit and offset.' })
  totalFound!: number;

  @Field(() => String)
  searchQuery!: string;

  @Field(() => ResourceSearchFiltersType)
  filtersApplied!: ResourceSearchFiltersType;
}

@ArgsType()
export class LearningRoadmapArgs {
  @BoundedText({
    minLength: 1,
    maxLength: TARGET_ROLE_MAX_LENGTH,
    nullable: true,
    description: 'Any role; defaults to your first target role.',
  })
  targetRole?: string | null;

  @Field(() => Boolean, { defaultValue: true, nullable: false })
  includeGapAnalysis!: boolean;
}

@ArgsType()
export class LearningResourcesArgs {
  @BoundedTextList({ minItems: 1, maxItems: MAX_SKILLS_PER_QUERY, maxLength: SKILL_NAME_MAX_LENGTH })
  skills!: string[];

  @Field(() => ResourceTypeValue, { nullable: true })
  resourceType?: ResourceType | null;

  @BoundedText({
    maxLength: SEARCH_TEXT_MAX_LENGTH,
    nullable: true,
    description: 'Words in the title or description.',
  })
  search?: string | null;
}

@ArgsType()
export class SearchLearningResourcesArgs {
  @BoundedText({ minLength: 1, maxLength: SEARCH_TEXT_MAX_LENGTH })
  query!: string;

  @Field(() => ResourceTypeValue, { nullable: true })
  resourceType?: ResourceType | null;

  @BoundedInt({ min: 1, max: 100, defaultValue: 20 })
  limit!: number;

  @BoundedInt({ min: 0, defaultValue: 0 })
  offset!: number;
}
