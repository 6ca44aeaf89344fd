import type { AccountUser } from '@career-navigator/domain';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { CurrentLearner } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { SkillGapAnalysisType, SkillGapArgs } from './gap.graphql-types.js';

@Resolver()
export class GapResolver {
  @Authorized()
  @Query(() => SkillGapAnalysisType, {
    description:
      'Which skills the postings for one of your target roles ask for, and which you lack. ' +
      'NOT_FOUND (with suggestions and alternatives) when the window has no postings for the role. ' +
      'Skills you marked DONE count as yours.',
  })
  skillGapAnalysis(
    @Args(() => SkillGapArgs) { role, days, threshold }: SkillGapArgs,
    @CurrentLearner() learner: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillGapAnalysisType> {
    return services.gap.analyze(learner, role, { days, threshold });
  }
}
