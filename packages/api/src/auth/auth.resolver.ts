import { duplicateTargetRoles } from '@career-navigator/domain';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';
import { scheduleCollectionsForAddedRoles } from '../role-scheduling/index.js';
import {
  AuthPayloadType,
  ChangePasswordArgs,
  DeleteAccountArgs,
  LoginArgs,
  RefreshTokenArgs,
  RegisterInput,
  RegisterPayloadType,
  RevokeSessionArgs,
  SessionType,
} from './auth.graphql-types.js';
import { clientOf, toAuthPayload } from './auth-payload.js';
import { CurrentUserId } from './current-user.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => RegisterPayloadType, {
    description:
      'Creates an account and signs it in. Postings for its target roles are collected in the ' +
      'background, with the same rules and report as updateProfile. Sign-ups are limited per client IP ' +
      '(RATE_LIMITED).',
  })
  async register(
    @Arg('input', () => RegisterInput) input: RegisterInput,
    @Ctx() context: ApiContext,
  ): Promise<RegisterPayloadType> {
    const account = await context.services.accounts.register(input, clientOf(context));
    const scheduling = await scheduleCollectionsForAddedRoles(
      context.services,
      { user: account.user, addedRoles: account.user.targetRoles },
      context.requestId,
    );
    return {
      ...toAuthPayload(account, context),
      ...scheduling,
      duplicateTargetRoles: duplicateTargetRoles(input.targetRoles),
    };
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Attempts are limited per address and per client IP, counted before the password is checked (RATE_LIMITED).',
  })
  async login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() context: ApiContext) {
    const signedIn = await context.services.accounts.login({ email, password, ...clientOf(context) });
    return toAuthPayload(signedIn, context);
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Exchanges a refresh token for new access and refresh tokens; the one sent stops working. ' +
      'UNAUTHENTICATED when the session ended; a refresh token sent a second time ends its session.',
  })
  async refreshSession(
    @Args(() => RefreshTokenArgs) { refreshToken }: RefreshTokenArgs,
    @Ctx() context: ApiContext,
  ) {
    return toAuthPayload(
      await context.services.accounts.sessions.refresh(refreshToken, clientOf(context)),
      context,
    );
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session of this refresh token; false when it had already ended.',
  })
  logout(@Args(() => RefreshTokenArgs) { refreshToken }: RefreshTokenArgs, @Ctx() { services }: ApiContext) {
    return services.accounts.sessions.logout(refreshToken);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of the account; all its tokens stop working.' })
  async logoutEverywhere(@CurrentUserId() userId: string, @Ctx() { services }: ApiContext): Promise<boolean> {
    await services.accounts.sessions.endAll(userId, 'logout-everywhere');
    return true;
  }

  @Authorized()
  @Query(() => [SessionType], {
    description: 'The signed-in devices of the account, most recently used first.',
  })
  async sessions(@Ctx() context: ApiContext): Promise<SessionType[]> {
    const { user, sessionId } = await context.auth.currentPrincipal(context);
    const sessions = await context.services.accounts.sessions.list(user._id.toString());
    return sessions.map((session) => ({ ...session, current: session.id === sessionId }));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Ends one session (NOT_FOUND if it is not a live session of this account). Access tokens of the ' +
      "account's other sessions must be refreshed once.",
  })
  async revokeSession(
    @Args(() => RevokeSessionArgs) { id }: RevokeSessionArgs,
    @CurrentUserId() userId: string,
    @Ctx() { services }: ApiContext,
  ): Promise<boolean> {
    await services.accounts.sessions.revoke(userId, id);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Keeps the calling session (refresh it for a new access token) and ends all others; ' +
      'every access token issued before stops working.',
  })
  async changePassword(
    @Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    const { user, sessionId } = await context.auth.currentPrincipal(context);
    await context.services.accounts.changePassword(
      user._id.toString(),
      sessionId,
      currentPassword,
      newPassword,
    );
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes the account; its tokens stop working at once.' })
  async deleteAccount(
    @Args(() => DeleteAccountArgs) { password }: DeleteAccountArgs,
    @CurrentUserId() userId: string,
    @Ctx() { services }: ApiContext,
  ): Promise<boolean> {
    await services.accounts.deleteAccount(userId, password);
    return true;
  }
}
