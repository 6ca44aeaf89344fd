import { Field, InterfaceType, ObjectType } from 'type-graphql';

/** The two fields that name a skill, declared once for every type that describes one. */
@InterfaceType('NamedSkill', { description: 'A skill: its canonical id and the name to show for it.' })
export abstract class NamedSkillFields {
  @Field(() => String, { description: 'Canonical skill id.' })
  skill!: string;

  @Field(() => String)
  displayName!: string;
}

/** A named skill with its taxonomy category: what clients select of every skill that has one. */
@InterfaceType('CategorizedSkill', {
  description: 'A skill with its taxonomy category.',
  implements: NamedSkillFields,
})
export abstract class CategorizedSkillFields extends NamedSkillFields {
  @Field(() => String, { description: 'The taxonomy category, or "other".' })
  category!: string;
}

/** The base of every object type that describes a skill with its category. */
@ObjectType('SkillReference', { implements: [NamedSkillFields, CategorizedSkillFields] })
export class SkillReferenceType extends CategorizedSkillFields {}
