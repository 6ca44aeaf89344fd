import { FULL_NAME_MAX_LENGTH } from '@career-navigator/domain';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ProfileFieldsInput, UserType } from '../auth/index.js';
import { BoundedInt, BoundedText } from '../graphql/index.js';
import { WithRoleScheduling } from '../role-scheduling/index.js';

@InputType('UpdateProfileInput', {
  description: 'Omitted fields stay as they are; null clears experienceLevel, location and the lists.',
})
export class UpdateProfileInput extends ProfileFieldsInput {
  @BoundedText({ maxLength: FULL_NAME_MAX_LENGTH, nullable: true }) fullName?: string;

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
