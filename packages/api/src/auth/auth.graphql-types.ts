import { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType, Field, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import { BoundedText } from '../graphql/index.js';
import { WithRoleScheduling } from '../role-scheduling/index.js';
import {
  NewPassword,
  SIGN_IN_EMAIL_MAX_LENGTH,
  SIGN_IN_PASSWORD_MAX_LENGTH,
  TOKEN_MAX_LENGTH,
} from './credential-arguments.js';
import { ProfileFieldsInput } from './profile-fields.graphql-types.js';
import { UserType } from './user.graphql-types.js';

/** What every mutation that signs in answers, whatever else it reports. */
@InterfaceType('SignedIn', { description: 'A signed-in session: its tokens and its user.' })
export abstract class SignedInFields {
  @Field(() => String) accessToken!: string;
  @Field(() => String, { description: 'Always "bearer".' }) tokenType!: string;
  @Field(() => Int, { description: 'Lifetime of the access token in seconds.' }) expiresIn!: number;

  @Field(() => String, {
    description:
      'Opaque; exchange it with refreshSession for new tokens before it expires. Each one works once: ' +
      'presenting a used one again ends the session.',
  })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the refresh token (and, unless refreshed, the session) expires.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType) user!: UserType;
}

@ObjectType('AuthPayload', { implements: SignedInFields })
export class AuthPayloadType extends SignedInFields {}

@ObjectType('RegisterPayload', {
  description: 'A new account, signed in, with the collections its target roles scheduled.',
})
export class RegisterPayloadType extends WithRoleScheduling(AuthPayloadType) {}

@InputType('RegisterInput')
export class RegisterInput extends ProfileFieldsInput {
  @BoundedText({ maxLength: EMAIL_MAX_LENGTH }) email!: string;
  @NewPassword() password!: string;
  @BoundedText({ maxLength: FULL_NAME_MAX_LENGTH }) fullName!: string;
}

@ArgsType()
export class LoginArgs {
  @BoundedText({ maxLength: SIGN_IN_EMAIL_MAX_LENGTH }) email!: string;
  @BoundedText({ maxLength: SIGN_IN_PASSWORD_MAX_LENGTH }) password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @BoundedText({ maxLength: SIGN_IN_PASSWORD_MAX_LENGTH }) currentPassword!: string;
  @NewPassword() newPassword!: string;
}

@ArgsType()
export class DeleteAccountArgs {
  @BoundedText({
    maxLength: SIGN_IN_PASSWORD_MAX_LENGTH,
    description: 'The current password, as confirmation.',
  })
  password!: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @BoundedText({ maxLength: TOKEN_MAX_LENGTH }) refreshToken!: string;
}

@ArgsType()
export class RevokeSessionArgs {
  @Field(() => ID) id!: string;
}

@ObjectType('Session', { description: 'A signed-in device or browser; no token material.' })
export class SessionType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address at the last sign-in or refresh.' })
  ip!: string | null;

  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastUsedAt!: Date;
  @Field(() => Date) expiresAt!: Date;

  @Field(() => Boolean, { description: 'The session of the access token this request used.' })
  current!: boolean;
}
