import {
  type AccountUser,
  type LearningResource,
  resourcesForSkills,
  searchResources,
} from '@career-navigator/domain';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { CurrentUser } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { omittedAsUndefined, perItemOf } from '../graphql/index.js';
import {
  LearningResourcesArgs,
  LearningResourceType,
  LearningRoadmapArgs,
  LearningRoadmapType,
  ResourceSearchResultType,
  SearchLearningResourcesArgs,
} from './learning.graphql-types.js';

@Resolver()
export class LearningResolver {
  @Authorized()
  @Query(() => LearningRoadmapType, {
    description:
      'Skills to learn for a role, most needed first, each with resources. Built on exactly the ' +
      'skillGapAnalysis for the same role, days and threshold. Skills you marked DONE count as yours ' +
      'and stay on the path; `graph` draws it with your progress.',
  })
  async learningRoadmap(
    @Args(() => LearningRoadmapArgs) { targetRole, includeGapAnalysis, days, threshold }: LearningRoadmapArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<LearningRoadmapType> {
    const progress = await services.learning.snapshot(user._id.toString());
    return services.roadmaps.roadmap(user, services.catalogs.learningResources, {
      targetRole,
      includeGapAnalysis,
      days,
      threshold,
      progress,
    });
  }

  @Authorized()
  @Query(() => [LearningResourceType], { complexity: perItemOf('skills') })
  learningResources(
    @Args(() => LearningResourcesArgs) args: LearningResourcesArgs,
    @Ctx() { services }: ApiContext,
  ): LearningResource[] {
    return resourcesForSkills(services.catalogs.learningResources, omittedAsUndefined(args));
  }

  @Authorized()
  @Query(() => ResourceSearchResultType, { complexity: perItemOf('limit') })
  searchLearningResources(
    @Args(() => SearchLearningResourcesArgs) args: SearchLearningResourcesArgs,
    @Ctx() { services }: ApiContext,
  ): ResourceSearchResultType {
    return searchResources(services.catalogs.learningResources, omittedAsUndefined(args));
  }
}
