import {
  type AccountUser,
  type AppConfig,
  EXPERIENCE_LEVELS,
  type ExperienceLevel,
  toPublicUser,
} from '@career-navigator/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The original system's five levels as GraphQL enum values; type-graphql maps
 * each to the stored string ('12th Pass Out', '1st Year', ...) both ways.
 */
export const ExperienceLevelValue = {
  TWELFTH_PASS_OUT: '12th Pass Out',
  FIRST_YEAR: '1st Year',
  SECOND_YEAR: '2nd Year',
  THIRD_YEAR: '3rd Year',
  FOURTH_YEAR: '4th Year',
} as const satisfies Record<string, ExperienceLevel>;

registerEnumType(ExperienceLevelValue, {
  name: 'ExperienceLevel',
  description: 'Study stage, stored as the original system\'s strings ("12th Pass Out", "1st Year", ...).',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) fullName!: string;
  @Field(() => [String], { description: 'Canonical skill ids.' }) skills!: string[];
  @Field(() => [String]) targetRoles!: string[];
  @Field(() => ExperienceLevelValue, { nullable: true }) experienceLevel!: ExperienceLevel | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Boolean) isAdmin!: boolean;

  @Field(() => Int, {
    description: 'Send back as expectedVersion when updating, to detect concurrent edits.',
  })
  version!: number;

  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

function knownExperienceLevel(level: string | null): ExperienceLevel | null {
  return EXPERIENCE_LEVELS.find((known) => known === level) ?? null;
}

/** A stored user as clients see it; a level outside the five (legacy data) reads as unset. */
export function toUserType(user: AccountUser, config: AppConfig): UserType {
  const publicUser = toPublicUser(user, config);
  return { ...publicUser, experienceLevel: knownExperienceLevel(publicUser.experienceLevel) };
}
