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
import { CurrentLearner } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { omittedAsUndefined, perItemOf } from '../graphql/index.js';
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
  projectRecommendations(
    @Args(() => ProjectRecommendationsArgs) args: ProjectRecommendationsArgs,
    @CurrentLearner() learner: AccountUser,
    @Ctx() { services }: ApiContext,
  ): ProjectRecommendationsType {
    return recommendProjects(services.catalogs.projects, learner, omittedAsUndefined(args));
  }

  @Authorized()
  @Query(() => [ProjectType], {
    description: 'Projects that practise the given skills.',
    complexity: perItemOf('limit'),
  })
  skillBuildingProjects(
    @Args(() => SkillBuildingProjectsArgs) args: SkillBuildingProjectsArgs,
    @CurrentLearner() learner: AccountUser,
    @Ctx() { services }: ApiContext,
  ): MatchedProject[] {
    return skillBuildingProjects(services.catalogs.projects, learner, omittedAsUndefined(args));
  }

  @Authorized()
  @Query(() => ProjectSearchResultType, { complexity: perItemOf('limit') })
  searchProjects(
    @Args(() => SearchProjectsArgs) args: SearchProjectsArgs,
    @Ctx() { services }: ApiContext,
  ): ProjectSearchResultType {
    return searchProjects(services.catalogs.projects, omittedAsUndefined(args));
  }

  @Authorized()
  @Query(() => ProjectPageType, {
    description: 'The whole catalog, page by page, with how well each project matches your skills.',
    complexity: perItemOf('limit'),
  })
  projects(
    @Args(() => ProjectsArgs) args: ProjectsArgs,
    @CurrentLearner() learner: AccountUser,
    @Ctx() { services }: ApiContext,
  ): ProjectPageType {
    return allProjects(services.catalogs.projects, learner, omittedAsUndefined(args));
  }

  @Authorized()
  @Query(() => ProjectType, {
    description:
      'One project of the catalog with how well it matches your skills. NOT_FOUND for an unknown id.',
  })
  project(
    @Args(() => ProjectArgs) { id }: ProjectArgs,
    @CurrentLearner() learner: AccountUser,
    @Ctx() { services }: ApiContext,
  ): MatchedProject {
    return projectById(services.catalogs.projects, learner, id);
  }
}
