import { Field, ObjectType } from 'type-graphql';

/** The fields that name a skill, shared by every object type that describes one. */
@ObjectType('SkillReference')
export class SkillReferenceType {
  @Field(() => String, { description: 'Canonical skill id.' })
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'The taxonomy category, or "other".' })
  category!: string;
}
