import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType } from 'type-graphql';
import { BoundedText } from '../graphql/index.js';

/** Reset tokens are 43 characters; anything much longer is not one. */
const RESET_TOKEN_MAX_LENGTH = 128;

@ArgsType()
export class RequestPasswordResetArgs {
  @BoundedText({ maxLength: EMAIL_MAX_LENGTH }) email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @BoundedText({ maxLength: RESET_TOKEN_MAX_LENGTH, description: 'The token from the reset link.' })
  token!: string;

  @BoundedText({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 8 characters with an uppercase letter, a lowercase letter and a digit.',
  })
  newPassword!: string;
}
