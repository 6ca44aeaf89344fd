import { DIFFICULTIES, type Difficulty } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  BoundedInt,
  CatalogSearchArgs,
  PageOffset,
  RoleTitle,
  registerValueEnum,
  SearchPageFilters,
  SearchResultTotals,
  SkillNames,
} from '../graphql/index.js';

export const DifficultyValue = registerValueEnum(DIFFICULTIES, { name: 'Difficulty' });

@ObjectType('Project')
export class ProjectType {
  @Field(() => Int) id!: number;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => DifficultyValue) difficulty!: Difficulty;
  @Field(() => String) estimatedTime!: string;
  @Field(() => [String]) skills!: readonly string[];
  @Field(() => [String]) features!: readonly string[];
  @Field(() => [String]) roles!: readonly string[];

  @Field(() => Float, {
    nullable: true,
    description: "Share of the project's skills you have, 0–100; null in search results.",
  })
  skillMatchPercentage?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Project skills you lack; null in search results.',
  })
  missingSkills?: string[] | null;
}

@ObjectType('ProjectRecommendationFilters')
export class ProjectRecommendationFiltersType {
  @Field(() => DifficultyValue, { nullable: true }) difficulty!: Difficulty | null;
  @Field(() => [String], { description: 'Canonical skill ids.' }) skillFocus!: string[];
  @Field(() => String, { nullable: true }) targetRole!: string | null;
  @Field(() => Int) limit!: number;
}

@ObjectType('ProjectRecommendations')
export class ProjectRecommendationsType {
  @Field(() => [ProjectType]) projects!: ProjectType[];

  @Field(() => Int, { description: 'Projects passing the filters, before the limit.' })
  totalProjects!: number;

  @Field(() => ProjectRecommendationFiltersType) filtersApplied!: ProjectRecommendationFiltersType;
  @Field(() => Int) userSkillCount!: number;
  @Field(() => [String]) recommendations!: string[];
}

@ObjectType('ProjectSearchFilters', { implements: SearchPageFilters })
export class ProjectSearchFiltersType extends SearchPageFilters {
  @Field(() => [String], { description: 'Canonical skill ids.' }) skills!: string[];
  @Field(() => DifficultyValue, { nullable: true }) difficulty!: Difficulty | null;
}

@ObjectType('ProjectSearchResult', { implements: SearchResultTotals })
export class ProjectSearchResultType extends SearchResultTotals {
  @Field(() => [ProjectType]) projects!: ProjectType[];
  @Field(() => ProjectSearchFiltersType) filtersApplied!: ProjectSearchFiltersType;
}

@ObjectType('ProjectPage')
export class ProjectPageType {
  @Field(() => [ProjectType]) projects!: ProjectType[];
  @Field(() => Int, { description: 'Projects passing the filter, before limit and offset.' }) total!: number;
}

@ArgsType()
export class ProjectRecommendationsArgs {
  @Field(() => DifficultyValue, { nullable: true }) difficulty?: Difficulty | null;

  @SkillNames({ nullable: true, description: 'Skills in any spelling; each project uses at least one.' })
  skillFocus?: string[] | null;

  @RoleTitle({ nullable: true, description: 'A job title in any common spelling.' })
  targetRole?: string | null;

  @BoundedInt({ min: 1, max: 50, defaultValue: 10 }) limit!: number;
}

@ArgsType()
export class SkillBuildingProjectsArgs {
  @SkillNames({ minItems: 1 }) skills!: string[];
  @Field(() => DifficultyValue, { nullable: true }) difficulty?: Difficulty | null;
  @BoundedInt({ min: 1, max: 50, defaultValue: 10 }) limit!: number;
}

@ArgsType()
export class SearchProjectsArgs extends CatalogSearchArgs {
  @SkillNames({ nullable: true, description: 'When given, each project uses at least one of these skills.' })
  skills?: string[] | null;

  @Field(() => DifficultyValue, { nullable: true }) difficulty?: Difficulty | null;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => DifficultyValue, { nullable: true }) difficulty?: Difficulty | null;
  @BoundedInt({ min: 1, max: 100, defaultValue: 50 }) limit!: number;
  @PageOffset() offset!: number;
}

@ArgsType()
export class ProjectArgs {
  @BoundedInt({ min: 1, max: 1_000_000, description: 'The project id.' }) id!: number;
}
