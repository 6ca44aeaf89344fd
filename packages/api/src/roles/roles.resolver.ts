import type { AccountUser, RoleProfile, RoleWithPostings } from '@career-navigator/domain';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { OptionalLearner } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { perItemOf } from '../graphql/index.js';
import { RoleProfileArgs, RoleProfileType, RolesArgs, RoleWithPostingsType } from './roles.graphql-types.js';

@Resolver()
export class RolesResolver {
  @Query(() => [RoleWithPostingsType], {
    description:
      'Roles that have postings in the window, matched through the role normaliser ("sr backend dev" finds ' +
      'Backend Engineer): for role autocomplete and for telling which roles have data. Public.',
    complexity: perItemOf('limit'),
  })
  roles(
    @Args(() => RolesArgs) { search, days, limit }: RolesArgs,
    @Ctx() { services }: ApiContext,
  ): Promise<RoleWithPostings[]> {
    return services.roleProfiles.rolesWithData({ search, days, limit });
  }

  @Query(() => RoleProfileType, {
    description:
      'An occupation profile of any role with postings: its skills by band (shares as in skillGapAnalysis), ' +
      'salary quartiles, remote share, top locations and similar roles. Signed in, each skill says whether ' +
      'you have it and `match` counts them. NOT_FOUND with suggestions and alternatives without data. Public.',
  })
  roleProfile(
    @Args(() => RoleProfileArgs) { role, days, threshold }: RoleProfileArgs,
    @OptionalLearner() learner: AccountUser | null,
    @Ctx() { services }: ApiContext,
  ): Promise<RoleProfile> {
    return services.roleProfiles.profile(role, { days, threshold }, learner?.skills ?? null);
  }
}
