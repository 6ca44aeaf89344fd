import { type AccountUser, duplicateTargetRoles } from '@career-navigator/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentUser, toUserType, UserType } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import { scheduleCollectionsForAddedRoles } from '../role-scheduling/index.js';
import { ProfileUpdateType, UpdateProfileInput } from './profile.graphql-types.js';

@Resolver()
export class ProfileResolver {
  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() user: AccountUser, @Ctx() { services }: ApiContext): UserType {
    return toUserType(user, services.config);
  }

  @Authorized()
  @Mutation(() => ProfileUpdateType)
  async updateProfile(
    @Arg('input', () => UpdateProfileInput) { expectedVersion, ...patch }: UpdateProfileInput,
    @CurrentUser() user: AccountUser,
    @Ctx() { services, requestId }: ApiContext,
  ): Promise<ProfileUpdateType> {
    const update = await services.accounts.profiles.updateProfile(
      user._id.toString(),
      expectedVersion ?? undefined,
      patch,
    );
    const scheduling = await scheduleCollectionsForAddedRoles(services, update, requestId);
    return {
      user: toUserType(update.user, services.config),
      ...scheduling,
      duplicateTargetRoles: duplicateTargetRoles(patch.targetRoles),
    };
  }
}
