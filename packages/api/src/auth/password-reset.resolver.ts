import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';
import { AuthPayloadType } from './auth.graphql-types.js';
import { clientOf, toAuthPayload } from './auth-payload.js';
import { RequestPasswordResetArgs, ResetPasswordArgs } from './password-reset.graphql-types.js';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      'Emails a single-use reset link (valid 30 minutes) if the address has an account. Always true, ' +
      'whether or not it has one. Limited per address and per client IP (RATE_LIMITED).',
  })
  requestPasswordReset(
    @Args(() => RequestPasswordResetArgs) { email }: RequestPasswordResetArgs,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    return context.services.passwordReset.request(email, clientOf(context));
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Sets a new password with the token of a reset link, ends every session and signs in. ' +
      'BAD_USER_INPUT (field token) for a used, expired or unknown token.',
  })
  async resetPassword(
    @Args(() => ResetPasswordArgs) { token, newPassword }: ResetPasswordArgs,
    @Ctx() context: ApiContext,
  ): Promise<AuthPayloadType> {
    const signedIn = await context.services.passwordReset.reset(token, newPassword, clientOf(context));
    return toAuthPayload(signedIn, context);
  }
}
