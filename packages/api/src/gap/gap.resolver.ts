import type { AccountUser } from '@career-navigator/domain';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { CurrentUser } from '../auth/index.js';
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
  async skillGapAnalysis(
    @Args(() => SkillGapArgs) { role, days, threshold }: SkillGapArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillGapAnalysisType> {
    const viewer = await services.learning.withLearnedSkills(user);
    return services.gap.analyze(viewer, role, { days, threshold });
  }
}
