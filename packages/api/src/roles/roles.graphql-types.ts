import type { RoleSkillBand } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  BoundedFloat,
  BoundedInt,
  PostingDays,
  RoleTitle,
  registerValueEnum,
  SearchText,
  SkillReferenceType,
} from '../graphql/index.js';
import { LocationCountType, RemoteShareType, SalaryPercentilesType } from '../market/index.js';

const ROLE_SKILL_BANDS = ['essential', 'important', 'optional'] as const satisfies readonly RoleSkillBand[];

export const RoleSkillBandValue = registerValueEnum(ROLE_SKILL_BANDS, {
  name: 'RoleSkillBand',
  description:
    'ESSENTIAL: asked for by at least 50% of the postings; IMPORTANT: by at least 25%; OPTIONAL: by at ' +
    'least the threshold.',
});

@ArgsType()
export class RolesArgs {
  @SearchText({
    nullable: true,
    description: 'Any spelling or beginning of a job title ("sr backend dev", "data sci"); omit to list all.',
  })
  search?: string | null;

  @PostingDays('Days of postings to count.') days!: number;
  @BoundedInt({ min: 1, max: 50, defaultValue: 20 }) limit!: number;
}

@ArgsType()
export class RoleProfileArgs {
  @RoleTitle({ description: 'Any job title with data.' }) role!: string;
  @PostingDays('Days of postings to analyse.') days!: number;

  @BoundedFloat({
    min: 0.01,
    max: 1,
    defaultValue: 0.1,
    description: 'Share of postings a skill must appear in to be listed (OPTIONAL band and up).',
  })
  threshold!: number;
}

@ObjectType('RoleWithPostings')
export class RoleWithPostingsType {
  @Field(() => String, { description: 'The role key (normalised title).' }) role!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Int, { description: 'Postings for the role in the window.' }) postings!: number;
}

@ObjectType('RoleProfileSkill')
export class RoleProfileSkillType extends SkillReferenceType {
  @Field(() => Float, {
    description: "Share of the role's postings asking for it, 0–100 (skillGapAnalysis' requiredPercentage).",
  })
  share!: number;

  @Field(() => Int) postings!: number;
  @Field(() => RoleSkillBandValue) band!: RoleSkillBand;

  @Field(() => Boolean, { nullable: true, description: 'Whether you have it; null when not signed in.' })
  userHas!: boolean | null;
}

@ObjectType('RoleSkillMatch', { description: '"x of N skills match" counts for the signed-in user.' })
export class RoleSkillMatchType {
  @Field(() => Int) essentialHave!: number;
  @Field(() => Int) essentialTotal!: number;
  @Field(() => Int) importantHave!: number;
  @Field(() => Int) importantTotal!: number;
  @Field(() => Int, { description: 'Listed skills (every band) you have.' }) have!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('RoleProfile')
export class RoleProfileType {
  @Field(() => String, { description: 'The role as asked.' }) role!: string;
  @Field(() => String) roleKey!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Int) windowDays!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => Int) totalPostingsAnalyzed!: number;
  @Field(() => [RoleProfileSkillType], { description: 'Most asked first.' }) skills!: RoleProfileSkillType[];

  @Field(() => SalaryPercentilesType, {
    nullable: true,
    description: "Annual USD salary quartiles of the role's salaried postings; null below 5 of them.",
  })
  salary!: SalaryPercentilesType | null;

  @Field(() => Float, { description: 'Share of the postings that are remote, 0–100.' }) remoteShare!: number;
  @Field(() => [RemoteShareType]) remoteDistribution!: RemoteShareType[];
  @Field(() => [LocationCountType]) topLocations!: LocationCountType[];

  @Field(() => [RoleWithPostingsType], { description: 'The most similar roles that have postings.' })
  similarRoles!: RoleWithPostingsType[];

  @Field(() => RoleSkillMatchType, { nullable: true, description: 'Null when not signed in.' })
  match!: RoleSkillMatchType | null;

  @Field(() => [String]) dataSources!: string[];
  @Field(() => Date) generatedAt!: Date;
}
