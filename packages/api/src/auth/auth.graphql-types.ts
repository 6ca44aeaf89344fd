import {
  EMAIL_MAX_LENGTH,
  type ExperienceLevel,
  FULL_NAME_MAX_LENGTH,
  LOCATION_MAX_LENGTH,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  PASSWORD_MAX_LENGTH,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
} from '@career-navigator/domain';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { BoundedText, BoundedTextList } from '../graphql/validated-fields.js';
import { ExperienceLevelValue, UserType } from './user.graphql-types.js';

/**
 * Caps on what a sign-in may send. Passwords of accounts migrated from the
 * original system were never length-limited, so sign-in allows more than the
 * policy for new passwords; the cap only bounds the hashing work.
 */
const SIGN_IN_EMAIL_MAX_LENGTH = 320;
const SIGN_IN_PASSWORD_MAX_LENGTH = 1024;

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String)
  accessToken!: string;

  @Field(() => String, { description: 'Always "bearer".' })
  tokenType!: string;

  @Field(() => Int, { description: 'Lifetime of the access token in seconds.' })
  expiresIn!: number;

  @Field(() => UserType)
  user!: UserType;
}

@InputType('RegisterInput')
export class RegisterInput {
  @BoundedText({ maxLength: EMAIL_MAX_LENGTH })
  email!: string;

  @BoundedText({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 8 characters with an uppercase letter, a lowercase letter and a digit.',
  })
  password!: string;

  @BoundedText({ maxLength: FULL_NAME_MAX_LENGTH })
  fullName!: string;

  @BoundedTextList({ maxItems: MAX_SKILLS, maxLength: SKILL_MAX_LENGTH, nullable: true })
  skills?: string[] | null;

  @BoundedTextList({ maxItems: MAX_TARGET_ROLES, maxLength: TARGET_ROLE_MAX_LENGTH, nullable: true })
  targetRoles?: string[] | null;

  @Field(() => ExperienceLevelValue, { nullable: true })
  experienceLevel?: ExperienceLevel | null;

  @BoundedText({ maxLength: LOCATION_MAX_LENGTH, nullable: true })
  location?: string | null;
}

@ArgsType()
export class LoginArgs {
  @BoundedText({ maxLength: SIGN_IN_EMAIL_MAX_LENGTH })
  email!: string;

  @BoundedText({ maxLength: SIGN_IN_PASSWORD_MAX_LENGTH })
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @BoundedText({ maxLength: SIGN_IN_PASSWORD_MAX_LENGTH })
  currentPassword!: string;

  @BoundedText({ maxLength: PASSWORD_MAX_LENGTH })
  newPassword!: string;
}

@ArgsType()
export class DeleteAccountArgs {
  @BoundedText({
    maxLength: SIGN_IN_PASSWORD_MAX_LENGTH,
    description: 'The current password, as confirmation.',
  })
  password!: string;
}
