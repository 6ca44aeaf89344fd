import type { DemandBand } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  NamedSkillFields,
  PostingDays,
  RequiredShare,
  RoleTitle,
  registerValueEnum,
  SkillReferenceType,
} from '../graphql/index.js';

const DEMAND_BANDS = ['essential', 'important'] as const satisfies readonly DemandBand[];

export const DemandBandValue = registerValueEnum(DEMAND_BANDS, {
  name: 'DemandBand',
  description: 'ESSENTIAL: asked for by at least half of the postings; IMPORTANT: by fewer.',
});

@ArgsType()
export class SkillGapArgs {
  @RoleTitle({ description: 'One of your target roles.' }) role!: string;
  @PostingDays('Days of postings to analyse.') days!: number;
  @RequiredShare('Share of postings a skill must appear in to count as required.') threshold!: number;
}

@ObjectType('RequiredSkill')
export class RequiredSkillType extends SkillReferenceType {
  @Field(() => Float, { description: 'Share of the postings asking for the skill, 0–100.' })
  requiredPercentage!: number;

  @Field(() => Boolean) userHas!: boolean;
  @Field(() => DemandBandValue) band!: DemandBand;
  @Field(() => Int, { description: 'Postings asking for the skill.' }) postings!: number;
}

@ObjectType('CoOccurringSkill', { implements: NamedSkillFields })
export class CoOccurringSkillType extends NamedSkillFields {
  @Field(() => Int, {
    description:
      'The largest number of postings (of the role, in the window) asking for this skill together with ' +
      'any one of your missing skills: a maximum over the missing skills, not a sum, so it never exceeds ' +
      'the real count of postings asking for both.',
  })
  postings!: number;
}

@ObjectType('AskedWithSkill', { implements: NamedSkillFields })
export class AskedWithSkillType extends NamedSkillFields {
  @Field(() => Int, {
    description:
      'Postings of the role in the analysis window asking for both this skill and the missing skill; ' +
      'never more than the postings asking for the missing skill.',
  })
  postings!: number;

  @Field(() => Float, {
    description: '`postings` over the postings asking for the missing skill, 0–100, 1 decimal.',
  })
  share!: number;
}

@ObjectType('MissingSkillCoOccurrence')
export class MissingSkillCoOccurrenceType {
  @Field(() => String, { description: 'Canonical id of one of your missing skills.' }) missingSkill!: string;
  @Field(() => String) displayName!: string;

  @Field(() => Int, {
    description: 'Postings of the role in the analysis window asking for the missing skill.',
  })
  postings!: number;

  @Field(() => [AskedWithSkillType], {
    description:
      'Up to 5 skills you do not have, most often asked in the same postings as the missing skill ' +
      '(postings descending, then skill id).',
  })
  askedWith!: AskedWithSkillType[];
}

@ObjectType('SkillGapAnalysis')
export class SkillGapAnalysisType {
  @Field(() => String) role!: string;
  @Field(() => Int) totalPostingsAnalyzed!: number;
  @Field(() => [RequiredSkillType]) requiredSkills!: RequiredSkillType[];
  @Field(() => [String]) missingSkills!: string[];
  @Field(() => Float) coveragePercentage!: number;
  @Field(() => Int) skillMatchCount!: number;
  @Field(() => Int) totalRequiredSkills!: number;

  @Field(() => [MissingSkillCoOccurrenceType], {
    description:
      'For each of your top missing skills (demand order, up to 5), the skills most often asked together ' +
      "with it in the role's postings of the window, counted exactly from those postings.",
  })
  skillsAskedWithMissing!: MissingSkillCoOccurrenceType[];

  @Field(() => [CoOccurringSkillType], {
    description:
      'Skills (neither owned nor missing) often asked for alongside the missing ones; each postings is the ' +
      'maximum over the missing skills.',
    deprecationReason:
      'Use skillsAskedWithMissing, which answers per missing skill with exact counts and shares.',
  })
  alsoAskedWith!: CoOccurringSkillType[];

  @Field(() => String, {
    nullable: true,
    description: 'Set when postings exist but no skill reaches the threshold.',
  })
  message!: string | null;

  @Field(() => [String], { description: 'Where the postings came from (theirstack, demo).' })
  dataSources!: string[];

  @Field(() => Int) windowDays!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => Date) generatedAt!: Date;
}
