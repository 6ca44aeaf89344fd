import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  BoundedInt,
  BoundedText,
  NamedSkillFields,
  PostingDays,
  RoleTitle,
  SkillReferenceType,
} from '../graphql/index.js';

@ArgsType()
export class MarketTrendsArgs {
  @PostingDays('Days of postings to analyse.') days!: number;
  @BoundedInt({ min: 1, max: 50, defaultValue: 15 }) skillsLimit!: number;
  @BoundedInt({ min: 1, max: 30, defaultValue: 10 }) locationsLimit!: number;

  @RoleTitle({ nullable: true, description: 'Only postings collected for this role (any common spelling).' })
  role?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: remote postings only; false: on-site and hybrid only; omitted: all.',
  })
  remote?: boolean | null;

  @BoundedText({
    minLength: 2,
    maxLength: 2,
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code.',
    pattern: { regex: /^[A-Za-z]{2}$/, message: 'must be a two-letter country code' },
  })
  countryCode?: string | null;
}

@ObjectType('SkillGrowth', {
  description:
    "A skill's change between the two windows of MarketTrends.growthWindow, both made of complete UTC days.",
})
export class SkillGrowthType {
  @Field(() => Float, {
    nullable: true,
    description:
      '(currentCount − previousCount) / previousCount × 100, 1 decimal; null (see reason) when previousCount ' +
      'is below growthWindow.minimumSample.',
  })
  percentage!: number | null;

  @Field(() => Int, { description: "Postings asking for the skill in growthWindow's previous window." })
  previousCount!: number;

  @Field(() => Int, {
    description: "Postings asking for the skill in growthWindow's current window (from–to).",
  })
  currentCount!: number;

  @Field(() => String, { nullable: true, description: 'Why percentage is null; null when it is not.' })
  reason!: string | null;
}

@ObjectType('GrowthWindow', {
  description:
    'The windows growth compares: whole UTC days only, so a day still filling never biases it. ' +
    'from–to are the `days` days before today; previousFrom–previousTo the `days` days before those.',
})
export class GrowthWindowType {
  @Field(() => String, { description: 'First day of the current growth window (YYYY-MM-DD, UTC).' })
  from!: string;

  @Field(() => String, { description: 'Last day of the current growth window: yesterday (UTC).' })
  to!: string;

  @Field(() => String) previousFrom!: string;
  @Field(() => String) previousTo!: string;
  @Field(() => Int, { description: 'Postings in the current growth window.' }) currentPostings!: number;
  @Field(() => Int, { description: 'Postings in the previous growth window.' }) previousPostings!: number;

  @Field(() => Int, {
    description: 'A skill with fewer postings than this in the previous growth window gets no growth figure.',
  })
  minimumSample!: number;
}

@ObjectType('DayWindow')
export class DayWindowType {
  @Field(() => String, { description: 'First day included (YYYY-MM-DD, UTC).' }) from!: string;
  @Field(() => String, { description: 'Last day included (YYYY-MM-DD, UTC).' }) to!: string;
}

@ObjectType('TrendingSkill')
export class TrendingSkillType extends SkillReferenceType {
  @Field(() => Int) count!: number;

  @Field(() => Float, { description: 'Share of the postings in the window asking for the skill, 0–100.' })
  percentage!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Same as growth.percentage: the change between the two windows of growthWindow (complete UTC days), ' +
      'null when the earlier count is below growthWindow.minimumSample.',
  })
  growthPercentage!: number | null;

  @Field(() => SkillGrowthType) growth!: SkillGrowthType;
}

@ObjectType('TechnologyTrend')
export class TechnologyTrendType extends TrendingSkillType {
  @Field(() => String, { description: "The technology (same as skill; the original API's name)." })
  technology!: string;
}

@ObjectType('LocationCount')
export class LocationCountType {
  @Field(() => String) location!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SalaryTrend')
export class SalaryTrendType {
  @Field(() => String) location!: string;
  @Field(() => Float, { description: 'Average minimum annual salary, USD.' }) avgMin!: number;
  @Field(() => Float, { description: 'Average maximum annual salary, USD.' }) avgMax!: number;
  @Field(() => Int, { description: 'Postings with a salary.' }) count!: number;
}

@ObjectType('SkillSalary', { implements: NamedSkillFields })
export class SkillSalaryType extends NamedSkillFields {
  @Field(() => Float) p25Usd!: number;
  @Field(() => Float) p50Usd!: number;
  @Field(() => Float) p75Usd!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('RemoteShare')
export class RemoteShareType {
  @Field(() => Boolean, { nullable: true, description: 'Null: the posting did not say.' })
  remote!: boolean | null;

  @Field(() => Int) count!: number;
  @Field(() => Float) percentage!: number;
}

@ObjectType('MarketFilters')
export class MarketFiltersType {
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Boolean, { nullable: true }) remote!: boolean | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
}

@ObjectType('MarketTrends')
export class MarketTrendsType {
  @Field(() => [TrendingSkillType]) topSkills!: TrendingSkillType[];
  @Field(() => [LocationCountType]) topLocations!: LocationCountType[];
  @Field(() => [TechnologyTrendType]) technologyTrends!: TechnologyTrendType[];
  @Field(() => [SalaryTrendType]) salaryTrends!: SalaryTrendType[];
  @Field(() => [SkillSalaryType]) skillSalaries!: SkillSalaryType[];
  @Field(() => [RemoteShareType]) remoteDistribution!: RemoteShareType[];
  @Field(() => Int) totalJobsAnalyzed!: number;

  @Field(() => Int, {
    description: "Postings in growthWindow's previous window (equal to growthWindow.previousPostings).",
  })
  previousWindowJobs!: number;

  @Field(() => DayWindowType, {
    description:
      'The analysis window of counts and percentages: the `days` most recent UTC days, today included.',
  })
  window!: DayWindowType;

  @Field(() => GrowthWindowType) growthWindow!: GrowthWindowType;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => Int) windowDays!: number;
  @Field(() => [String]) dataSources!: string[];
  @Field(() => MarketFiltersType) filters!: MarketFiltersType;
}

@ObjectType('SalaryPercentiles')
export class SalaryPercentilesType {
  @Field(() => Int) p25Usd!: number;
  @Field(() => Int) p50Usd!: number;
  @Field(() => Int) p75Usd!: number;
  @Field(() => Int, { description: 'Salaried postings behind the percentiles.' }) count!: number;
}
