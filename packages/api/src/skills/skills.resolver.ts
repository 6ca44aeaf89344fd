import type { AccountUser, SkillProfile, SkillSuggestion } from '@career-navigator/domain';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { OptionalLearner } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { perItemOf } from '../graphql/index.js';
import { SkillArgs, SkillProfileType, SkillSuggestionType, SkillsArgs } from './skills.graphql-types.js';

@Resolver()
export class SkillsResolver {
  @Query(() => [SkillSuggestionType], {
    description:
      'Skills for autocomplete: matched by name and alias, exact before prefix before word before alias ' +
      'before contains, then by demand; without search, the most asked-for skills. Public.',
    complexity: perItemOf('limit'),
  })
  skills(
    @Args(() => SkillsArgs) { search, category, limit }: SkillsArgs,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillSuggestion[]> {
    return services.skillProfiles.directory({ search, category, limit });
  }

  @Query(() => SkillProfileType, {
    description:
      'What a skill is and what it is worth in the market: demand, growth, salaries, the skills asked with ' +
      'it, the roles asking for it, resources and projects. NOT_FOUND with the closest known skills as ' +
      'suggestions for an unknown skill. Public; projects carry your match when signed in.',
  })
  skill(
    @Args(() => SkillArgs) { id, days }: SkillArgs,
    @OptionalLearner() learner: AccountUser | null,
    @Ctx() { services }: ApiContext,
  ): Promise<SkillProfile> {
    return services.skillProfiles.profile(id, { days }, learner?.skills ?? [], services.catalogs);
  }
}
