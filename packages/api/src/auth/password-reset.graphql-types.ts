import { EMAIL_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType } from 'type-graphql';
import { BoundedText } from '../graphql/index.js';
import { NewPassword, TOKEN_MAX_LENGTH } from './credential-arguments.js';

@ArgsType()
export class RequestPasswordResetArgs {
  @BoundedText({ maxLength: EMAIL_MAX_LENGTH }) email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @BoundedText({ maxLength: TOKEN_MAX_LENGTH, description: 'The token from the reset link.' })
  token!: string;

  @NewPassword() newPassword!: string;
}
