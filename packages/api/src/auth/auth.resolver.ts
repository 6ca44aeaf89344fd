import type { AccountUser } from '@career-navigator/domain';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context.js';
import {
  AuthPayloadType,
  ChangePasswordArgs,
  DeleteAccountArgs,
  LoginArgs,
  RegisterInput,
} from './auth.graphql-types.js';
import { CurrentUser } from './current-user.js';
import { toUserType } from './user.graphql-types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType, { description: 'Creates an account and signs it in.' })
  async register(
    @Arg('input', () => RegisterInput) input: RegisterInput,
    @Ctx() { services }: ApiContext,
  ): Promise<AuthPayloadType> {
    const { user, token } = await services.accounts.register(input);
    return { ...token, user: toUserType(user, services.config) };
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Failed attempts are limited per address and per client IP (RATE_LIMITED).',
  })
  async login(
    @Args(() => LoginArgs) { email, password }: LoginArgs,
    @Ctx() { services, clientIp }: ApiContext,
  ): Promise<AuthPayloadType> {
    const { user, token } = await services.accounts.login({ email, password, ip: clientIp });
    return { ...token, user: toUserType(user, services.config) };
  }

  @Authorized()
  @Mutation(() => Boolean)
  async changePassword(
    @Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<boolean> {
    await services.accounts.changePassword(user._id.toString(), currentPassword, newPassword);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes the account; its tokens stop working at once.' })
  async deleteAccount(
    @Args(() => DeleteAccountArgs) { password }: DeleteAccountArgs,
    @CurrentUser() user: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<boolean> {
    await services.accounts.deleteAccount(user._id.toString(), password);
    return true;
  }
}
