// Its decorators read design-time types: the polyfill must be in place even when this is the first module loaded.
import 'reflect-metadata';
import { Field, InterfaceType, ObjectType } from 'type-graphql';

@ObjectType('ScheduledCollections', { description: 'What happened to the roles the update added.' })
export class ScheduledCollectionsType {
  @Field(() => [String], { description: 'Roles for which a collection job was queued now.' })
  enqueued!: string[];

  @Field(() => [String], { description: 'Roles already waiting in the queue.' }) alreadyPending!: string[];

  @Field(() => [String], { description: 'Roles with recent postings, so nothing needed collecting.' })
  fresh!: string[];
}

@ObjectType('DuplicateTargetRole', {
  description: 'A target role that was not stored because it normalises to the same role as an earlier one.',
})
export class DuplicateTargetRoleType {
  @Field(() => String, { description: 'The spelling that was dropped, e.g. "Sr. Frontend Developer".' })
  role!: string;

  @Field(() => String, { description: 'The earlier spelling kept in its place, e.g. "Frontend Developer".' })
  sameAs!: string;
}

/**
 * The fields every mutation that sets target roles reports (register, updateProfile): which
 * collections it scheduled for the new roles, and which roles it dropped as duplicates.
 */
@InterfaceType('TargetRoleScheduling', {
  description:
    'What a mutation that sets target roles did with them: collections scheduled, duplicates dropped.',
})
export abstract class TargetRoleSchedulingFields {
  @Field(() => ScheduledCollectionsType, {
    nullable: true,
    description: 'Null when scheduling failed (see schedulingError).',
  })
  scheduledCollections!: ScheduledCollectionsType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the profile was saved but collections for new roles could not be scheduled.',
  })
  schedulingError!: string | null;

  @Field(() => [DuplicateTargetRoleType], {
    description:
      'Target roles given but not stored: each normalises to the same role as an earlier one, whose ' +
      'spelling was kept.',
  })
  duplicateTargetRoles!: DuplicateTargetRoleType[];
}

// biome-ignore lint/suspicious/noExplicitAny: the mixin pattern type-graphql documents needs an open constructor.
type Constructor = abstract new (...args: any[]) => object;

/** A type that also reports its target roles' scheduling: the interface's fields on top of `base`'s. */
export function WithRoleScheduling<Base extends Constructor>(base: Base) {
  // Never in the schema itself (nothing refers to it): the classes extending it inherit the interface.
  @ObjectType({ implements: TargetRoleSchedulingFields })
  abstract class RoleSchedulingFields extends base implements TargetRoleSchedulingFields {
    declare scheduledCollections: ScheduledCollectionsType | null;
    declare schedulingError: string | null;
    declare duplicateTargetRoles: DuplicateTargetRoleType[];
  }
  return RoleSchedulingFields;
}
