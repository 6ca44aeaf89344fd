import { SKILL_CATEGORIES, type SkillCategory, type SkillMatchKind } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  BoundedInt,
  BoundedText,
  PostingDays,
  registerValueEnum,
  SearchText,
  SKILL_NAME_MAX_LENGTH,
  SkillReferenceType,
} from '../graphql/index.js';
import { LearningResourceType } from '../learning/index.js';
import { DayWindowType, SalaryPercentilesType, SkillGrowthType } from '../market/index.js';
import { ProjectType } from '../projects/index.js';
import { RoleWithPostingsType } from '../roles/index.js';

export const SkillCategoryValue = registerValueEnum(SKILL_CATEGORIES, {
  name: 'SkillCategory',
  description:
    "The taxonomy's skill categories (skill fields report them in lower case, e.g. programming_language).",
});

const SKILL_MATCH_KINDS = [
  'exact',
  'prefix',
  'word',
  'alias',
  'contains',
  'demand',
] as const satisfies readonly SkillMatchKind[];

export const SkillMatchValue = registerValueEnum(SKILL_MATCH_KINDS, {
  name: 'SkillMatch',
  description:
    'How a skill matched a search, best first. EXACT: the text is one of its spellings (name, id or alias, ' +
    '"golang" → Go); PREFIX: its name starts with the text; WORD: a later word of its name does; ALIAS: an ' +
    'alias starts with it ("k8" → Kubernetes); CONTAINS: the name or an alias contains it; DEMAND: no search text.',
});

@ArgsType()
export class SkillsArgs {
  @SearchText({
    nullable: true,
    description: 'Name or alias, or its beginning ("k8", "reactjs"); omit to list skills by demand.',
  })
  search?: string | null;

  @Field(() => SkillCategoryValue, { nullable: true, description: 'Only skills of this category.' })
  category?: SkillCategory | null;

  @BoundedInt({ min: 1, max: 50, defaultValue: 20 }) limit!: number;
}

@ArgsType()
export class SkillArgs {
  @BoundedText({
    minLength: 1,
    maxLength: SKILL_NAME_MAX_LENGTH,
    description: 'The skill in any spelling ("k8s", "React.js", "golang").',
  })
  id!: string;

  @PostingDays('Complete UTC days of postings to analyse.') days!: number;
}

@ObjectType('SkillSuggestion')
export class SkillSuggestionType extends SkillReferenceType {
  @Field(() => Int, {
    description: 'Postings asking for the skill in the last 30 complete days, market-wide.',
  })
  postings!: number;

  @Field(() => SkillMatchValue) match!: SkillMatchKind;

  @Field(() => String, { description: 'The spelling that matched (the name, or the alias).' })
  matchedText!: string;
}

@ObjectType('SkillPartner')
export class SkillPartnerType extends SkillReferenceType {
  @Field(() => Int, { description: 'Postings asking for both skills.' }) postings!: number;

  @Field(() => Float, { description: 'postings over the postings asking for the profiled skill, 0–100.' })
  share!: number;
}

@ObjectType('RoleDemandForSkill')
export class RoleDemandForSkillType extends RoleWithPostingsType {
  @Field(() => Int, { description: 'Postings of the role asking for the skill.' }) postingsWithSkill!: number;
  @Field(() => Float, { description: "postingsWithSkill over the role's postings, 0–100." }) share!: number;
}

@ObjectType('GrowthWindows')
export class GrowthWindowsType {
  @Field(() => DayWindowType, { description: 'The `days` complete UTC days before today.' })
  current!: DayWindowType;

  @Field(() => DayWindowType, { description: 'The `days` complete UTC days before those.' })
  previous!: DayWindowType;
}

@ObjectType('SkillProfile')
export class SkillProfileType extends SkillReferenceType {
  @Field(() => [String], { description: 'Other spellings that resolve to this skill.' }) aliases!: string[];

  @Field(() => [SkillReferenceType], { description: 'Skills to learn first.' })
  prerequisites!: SkillReferenceType[];

  @Field(() => [SkillReferenceType], { description: 'Skills that list this one as a prerequisite.' })
  requiredBy!: SkillReferenceType[];

  @Field(() => Int) windowDays!: number;

  @Field(() => Int, { description: 'All postings of the window (growthWindow.current), market-wide.' })
  totalPostingsAnalyzed!: number;

  @Field(() => Int, { description: 'Postings of the window asking for the skill.' }) postings!: number;
  @Field(() => Float, { description: 'postings over totalPostingsAnalyzed, 0–100.' }) share!: number;
  @Field(() => SkillGrowthType) growth!: SkillGrowthType;

  @Field(() => GrowthWindowsType, {
    description: 'The complete-day windows that postings and growth compare.',
  })
  growthWindow!: GrowthWindowsType;

  @Field(() => SalaryPercentilesType, {
    nullable: true,
    description:
      'Annual USD salary quartiles of salaried postings asking for the skill; null below 5 of them.',
  })
  salary!: SalaryPercentilesType | null;

  @Field(() => [SkillPartnerType], { description: 'Skills most often asked in the same postings.' })
  askedWith!: SkillPartnerType[];

  @Field(() => [RoleDemandForSkillType], {
    description: 'Roles whose postings most often ask for the skill.',
  })
  topRoles!: RoleDemandForSkillType[];

  @Field(() => [LearningResourceType]) learningResources!: LearningResourceType[];

  @Field(() => [ProjectType], {
    description: 'Projects that practise the skill, with your match when signed in.',
  })
  projects!: ProjectType[];

  @Field(() => [String]) dataSources!: string[];
  @Field(() => Date) generatedAt!: Date;
}
