import {
  type ExperienceLevel,
  FULL_NAME_MAX_LENGTH,
  LOCATION_MAX_LENGTH,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
} from '@career-navigator/domain';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ExperienceLevelValue, UserType } from '../auth/index.js';
import { BoundedInt, BoundedText, BoundedTextList } from '../graphql/index.js';
import { WithRoleScheduling } from '../role-scheduling/index.js';

@InputType('UpdateProfileInput', {
  description: 'Omitted fields stay as they are; null clears experienceLevel, location and the lists.',
})
export class UpdateProfileInput {
  @BoundedText({ maxLength: FULL_NAME_MAX_LENGTH, nullable: true }) fullName?: string;

  @BoundedTextList({ maxItems: MAX_SKILLS, maxLength: SKILL_MAX_LENGTH, nullable: true })
  skills?: string[] | null;

  @BoundedTextList({
    maxItems: MAX_TARGET_ROLES,
    maxLength: TARGET_ROLE_MAX_LENGTH,
    nullable: true,
    description: 'Postings for newly added roles are collected in the background.',
  })
  targetRoles?: string[] | null;

  @Field(() => ExperienceLevelValue, { nullable: true }) experienceLevel?: ExperienceLevel | null;
  @BoundedText({ maxLength: LOCATION_MAX_LENGTH, nullable: true }) location?: string | null;

  @BoundedInt({
    min: 0,
    nullable: true,
    description: 'The version last read; when it is not the current one the update fails with CONFLICT.',
  })
  expectedVersion?: number | null;
}

/** Never in the schema itself (nothing refers to it): ProfileUpdate inherits its field. */
@ObjectType()
class ProfileUserType {
  @Field(() => UserType) user!: UserType;
}

@ObjectType('ProfileUpdate')
export class ProfileUpdateType extends WithRoleScheduling(ProfileUserType) {}
