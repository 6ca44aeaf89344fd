import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentUserId } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import {
  MyLearningType,
  SetResourceCompletedArgs,
  SetSkillProgressArgs,
  SkillProgressType,
} from './learning-progress.graphql-types.js';

@Resolver()
export class LearningProgressResolver {
  @Authorized()
  @Mutation(() => SkillProgressType, {
    description:
      'Marks your state in a skill. DONE adds the skill to your profile; moving back from DONE ' +
      'takes it out again only if DONE had added it.',
  })
  setSkillProgress(
    @Args(() => SetSkillProgressArgs) { skill, state }: SetSkillProgressArgs,
    @CurrentUserId() userId: string,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillProgressType> {
    return services.learning.setSkillProgress(userId, skill, state);
  }

  @Authorized()
  @Mutation(() => SkillProgressType, {
    description:
      'Marks a catalog resource completed (or not) and returns the progress of the skill it teaches; ' +
      'completing one starts a skill not started yet. NOT_FOUND for a URL the catalog does not list.',
  })
  setResourceCompleted(
    @Args(() => SetResourceCompletedArgs) { url, completed }: SetResourceCompletedArgs,
    @CurrentUserId() userId: string,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillProgressType> {
    return services.learning.setResourceCompleted(userId, url, completed);
  }

  @Authorized()
  @Query(() => MyLearningType, { description: 'Your progress across every roadmap.' })
  myLearning(@CurrentUserId() userId: string, @Ctx() { services }: ApiContext): Promise<MyLearningType> {
    return services.learning.myLearning(userId);
  }
}
