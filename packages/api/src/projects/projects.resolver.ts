import {
  type AccountUser,
  allProjects,
  type MatchedProject,
  projectById,
  recommendProjects,
  searchProjects,
  skillBuildingProjects,
} from '@career-navigator/domain';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { CurrentUser } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { perItemOf } from '../graphql/index.js';
import {
  ProjectArgs,
  ProjectPageType,
  ProjectRecommendationsArgs,
  ProjectRecommendationsType,
  ProjectSearchResultType,
  ProjectsArgs,
  ProjectType,
  SearchProjectsArgs,
  SkillBuildingProjectsArgs,
} from './projects.graphql-types.js';

@Resolver()
export class ProjectsResolver {
  @Authorized()
  @Query(() => ProjectRecommendationsType, {
    description: 'Projects that fit your skills and target role, best match first.',
    complexity: perItemOf('limit'),
  })
  async projectRecommendations(
    @Args(() => ProjectRecommendationsArgs) {
      difficulty,
      skillFocus,
      targetRole,
      limit,
    }: ProjectRecommendationsArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<ProjectRecommendationsType> {
    return recommendProjects(services.catalogs.projects, await services.learning.withLearnedSkills(user), {
      difficulty: difficulty ?? undefined,
      skillFocus: skillFocus ?? undefined,
      targetRole: targetRole ?? undefined,
      limit,
    });
  }

  @Authorized()
  @Query(() => [ProjectType], {
    description: 'Projects that practise the given skills.',
    complexity: perItemOf('limit'),
  })
  async skillBuildingProjects(
    @Args(() => SkillBuildingProjectsArgs) { skills, difficulty, limit }: SkillBuildingProjectsArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<MatchedProject[]> {
    return skillBuildingProjects(
      services.catalogs.projects,
      await services.learning.withLearnedSkills(user),
      {
        skills,
        difficulty: difficulty ?? undefined,
        limit,
      },
    );
  }

  @Authorized()
  @Query(() => ProjectSearchResultType, { complexity: perItemOf('limit') })
  searchProjects(
    @Args(() => SearchProjectsArgs) { query, skills, difficulty, limit, offset }: SearchProjectsArgs,
    @Ctx() { services }: ApiContext,
  ): ProjectSearchResultType {
    return searchProjects(services.catalogs.projects, {
      query,
      skills: skills ?? undefined,
      difficulty: difficulty ?? undefined,
      limit,
      offset,
    });
  }

  @Authorized()
  @Query(() => ProjectPageType, {
    description: 'The whole catalog, page by page, with how well each project matches your skills.',
    complexity: perItemOf('limit'),
  })
  async projects(
    @Args(() => ProjectsArgs) { difficulty, limit, offset }: ProjectsArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<ProjectPageType> {
    return allProjects(services.catalogs.projects, await services.learning.withLearnedSkills(user), {
      difficulty: difficulty ?? undefined,
      limit,
      offset,
    });
  }

  @Authorized()
  @Query(() => ProjectType, {
    description:
      'One project of the catalog with how well it matches your skills. NOT_FOUND for an unknown id.',
  })
  async project(
    @Args(() => ProjectArgs) { id }: ProjectArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<MatchedProject> {
    return projectById(services.catalogs.projects, await services.learning.withLearnedSkills(user), id);
  }
}
