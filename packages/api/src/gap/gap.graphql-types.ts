import { type DemandBand, TARGET_ROLE_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BoundedFloat, BoundedInt, BoundedText } from '../graphql/validated-fields.js';

export const DemandBandValue = {
  ESSENTIAL: 'essential',
  IMPORTANT: 'important',
} as const satisfies Record<string, DemandBand>;

registerEnumType(DemandBandValue, {
  name: 'DemandBand',
  description: 'ESSENTIAL: asked for by at least half of the postings; IMPORTANT: by fewer.',
});

@ArgsType()
export class SkillGapArgs {
  @BoundedText({ minLength: 1, maxLength: TARGET_ROLE_MAX_LENGTH, description: 'One of your target roles.' })
  role!: string;

  @BoundedInt({ min: 1, max: 365, defaultValue: 30, description: 'Days of postings to analyse.' })
  days!: number;

  @BoundedFloat({
    min: 0.1,
    max: 1,
    defaultValue: 0.25,
    description: 'Share of postings a skill must appear in to count as required.',
  })
  threshold!: number;
}

@ObjectType('RequiredSkill')
export class RequiredSkillType {
  @Field(() => String, { description: 'Canonical skill id.' })
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Float, { description: 'Share of the postings asking for the skill, 0–100.' })
  requiredPercentage!: number;

  @Field(() => Boolean)
  userHas!: boolean;

  @Field(() => DemandBandValue)
  band!: DemandBand;

  @Field(() => Int, { description: 'Postings asking for the skill.' })
  postings!: number;
}

@ObjectType('CoOccurringSkill')
export class CoOccurringSkillType {
  @Field(() => String)
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Int, { description: 'Postings asking for it together with one of your missing skills.' })
  postings!: number;
}

@ObjectType('SkillGapAnalysis')
export class SkillGapAnalysisType {
  @Field(() => String)
  role!: string;

  @Field(() => Int)
  totalPostingsAnalyzed!: number;

  @Field(() => [RequiredSkillType])
  requiredSkills!: RequiredSkillType[];

  @Field(() => [String])
  missingSkills!: string[];

  @Field(() => Float)
  coveragePercentage!: number;

  @Field(() => Int)
  skillMatchCount!: number;

  @Field(() => Int)
  totalRequiredSkills!: number;

  @Field(() => [CoOccurringSkillType], { description: 'Skills often asked for alongside the missing ones.' })
  alsoAskedWith!: CoOccurringSkillType[];

  @Field(() => String, {
    nullable: true,
    description: 'Set when postings exist but no skill reaches the threshold.',
  })
  message!: string | null;

  @Field(() => [String], { description: 'Where the postings came from (theirstack, demo).' })
  dataSources!: string[];

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Float)
  threshold!: number;

  @Field(() => Date)
  generatedAt!: Date;
}
