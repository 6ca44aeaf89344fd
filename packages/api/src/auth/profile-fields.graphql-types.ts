import {
  type ExperienceLevel,
  LOCATION_MAX_LENGTH,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
} from '@career-navigator/domain';
import { Field, InputType } from 'type-graphql';
import { BoundedText, BoundedTextList } from '../graphql/index.js';
import { ExperienceLevelValue } from './user.graphql-types.js';

/**
 * The optional profile fields a learner sets, alike at sign-up and in a profile update. Never in
 * the schema itself (nothing refers to it): RegisterInput and UpdateProfileInput inherit its fields.
 */
@InputType()
export abstract class ProfileFieldsInput {
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
}
