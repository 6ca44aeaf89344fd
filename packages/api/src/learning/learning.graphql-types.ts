import { RESOURCE_TYPES, type ResourceType } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  CatalogSearchArgs,
  PostingDays,
  RequiredShare,
  RoleTitle,
  registerValueEnum,
  SearchPageFilters,
  SearchResultTotals,
  SearchText,
  SkillNames,
  SkillReferenceType,
} from '../graphql/index.js';
import { RoadmapGraphType, RoadmapProgressType } from './roadmap-graph.graphql-types.js';

export const ResourceTypeValue = registerValueEnum(RESOURCE_TYPES, { name: 'ResourceType' });

@ObjectType('LearningResource')
export class LearningResourceType {
  @Field(() => ResourceTypeValue) type!: ResourceType;
  @Field(() => String) title!: string;
  @Field(() => String) url!: string;
  @Field(() => String) description!: string;
  @Field(() => Float, { description: 'Typical hours to work through the resource.' }) estimatedHours!: number;
  @Field(() => String, { description: 'Canonical id of the skill the resource teaches.' }) skill!: string;
}

@ObjectType('SkillPath')
export class SkillPathType extends SkillReferenceType {
  @Field(() => [LearningResourceType]) resources!: readonly LearningResourceType[];
  @Field(() => Boolean) isMissing!: boolean;

  @Field(() => Float, { description: 'Higher first: the demand share for role-based paths.' })
  priorityScore!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Null when the catalog has no resources for it yet; the reason then ends with "No resources yet."',
  })
  estimatedHours!: number | null;

  @Field(() => [String], { description: 'Skills to learn first.' }) prerequisites!: string[];
  @Field(() => String, { description: 'Why the skill is on the path.' }) reason!: string;
}

@ObjectType('LearningRoadmap')
export class LearningRoadmapType {
  @Field(() => String, { nullable: true }) targetRole!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The role whose postings the path follows: the target role, or, when it has no postings in the ' +
      'window, the closest role that has (its role family first, then the most similar title). Null for a ' +
      'path built from the profile alone.',
  })
  basedOnRole!: string | null;

  @Field(() => [SkillPathType]) skillPaths!: SkillPathType[];
  @Field(() => Int) totalSkills!: number;

  @Field(() => Int, {
    description:
      "The gap analysis's missing skills for the same role, days and threshold (for a profile-based path, " +
      'the suggested skills); prerequisites added to the path are counted in prerequisitesAdded instead.',
  })
  missingSkillsCount!: number;

  @Field(() => Int, {
    description: 'Missing prerequisites put on the path before the skills that need them.',
  })
  prerequisitesAdded!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Equal to skillGapAnalysis's coveragePercentage for the same role, days and threshold. Null when no " +
      'gap analysis was made (includeGapAnalysis: false, or no postings for the role).',
  })
  coveragePercentage!: number | null;

  @Field(() => Float, {
    description:
      'Hours to study every missing skill on the path (prerequisites included) that has resources; ' +
      'skillsWithoutEstimateCount says how many could not be counted.',
  })
  estimatedHoursToClose!: number;

  @Field(() => Int, {
    description: 'Missing skills on the path with no resources yet, left out of estimatedHoursToClose.',
  })
  skillsWithoutEstimateCount!: number;

  @Field(() => [String], {
    description: 'Advice; every number in it is the value of one of the fields above.',
  })
  recommendations!: string[];

  @Field(() => RoadmapGraphType, { description: 'The path as a graph of prerequisites, with your progress.' })
  graph!: RoadmapGraphType;

  @Field(() => RoadmapProgressType) progress!: RoadmapProgressType;
  @Field(() => [String]) dataSources!: string[];
}

@ObjectType('ResourceSearchFilters', { implements: SearchPageFilters })
export class ResourceSearchFiltersType extends SearchPageFilters {
  @Field(() => ResourceTypeValue, { nullable: true }) resourceType!: ResourceType | null;
}

@ObjectType('ResourceSearchResult', { implements: SearchResultTotals })
export class ResourceSearchResultType extends SearchResultTotals {
  @Field(() => [LearningResourceType]) resources!: LearningResourceType[];
  @Field(() => ResourceSearchFiltersType) filtersApplied!: ResourceSearchFiltersType;
}

@ArgsType()
export class LearningRoadmapArgs {
  @RoleTitle({ nullable: true, description: 'Any role; defaults to your first target role.' })
  targetRole?: string | null;

  @Field(() => Boolean, { defaultValue: true, nullable: false }) includeGapAnalysis!: boolean;
  @PostingDays('Days of postings, as for skillGapAnalysis.') days!: number;

  @RequiredShare('Share of postings a skill must appear in to count as required, as for skillGapAnalysis.')
  threshold!: number;
}

@ArgsType()
export class LearningResourcesArgs {
  @SkillNames({ minItems: 1 }) skills!: string[];
  @Field(() => ResourceTypeValue, { nullable: true }) resourceType?: ResourceType | null;

  @SearchText({ minLength: 0, nullable: true, description: 'Words in the title or description.' })
  search?: string | null;
}

@ArgsType()
export class SearchLearningResourcesArgs extends CatalogSearchArgs {
  @Field(() => ResourceTypeValue, { nullable: true }) resourceType?: ResourceType | null;
}
