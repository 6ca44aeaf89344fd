import { TARGET_ROLE_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { BoundedInt, BoundedText } from '../graphql/validated-fields.js';

@ArgsType()
export class MarketTrendsArgs {
  @BoundedInt({ min: 1, max: 365, defaultValue: 30, description: 'Days of postings to analyse.' })
  days!: number;

  @BoundedInt({ min: 1, max: 50, defaultValue: 15 })
  skillsLimit!: number;

  @BoundedInt({ min: 1, max: 30, defaultValue: 10 })
  locationsLimit!: number;

  @BoundedText({
    minLength: 1,
    maxLength: TARGET_ROLE_MAX_LENGTH,
    nullable: true,
    description: 'Only postings collected for this role (any common spelling).',
  })
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

@ObjectType('TrendingSkill')
export class TrendingSkillType {
  @Field(() => String, { description: 'Canonical skill id.' })
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Share of the postings in the window asking for the skill, 0–100.' })
  percentage!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Change in count against the previous window of equal length; null when that had none.',
  })
  growthPercentage!: number | null;
}

@ObjectType('TechnologyTrend')
export class TechnologyTrendType extends TrendingSkillType {
  @Field(() => String, { description: "The technology (same as skill; the original API's name)." })
  technology!: string;
}

@ObjectType('LocationCount')
export class LocationCountType {
  @Field(() => String)
  location!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SalaryTrend')
export class SalaryTrendType {
  @Field(() => String)
  location!: string;

  @Field(() => Float, { description: 'Average minimum annual salary, USD.' })
  avgMin!: number;

  @Field(() => Float, { description: 'Average maximum annual salary, USD.' })
  avgMax!: number;

  @Field(() => Int, { description: 'Postings with a salary.' })
  count!: number;
}

@ObjectType('SkillSalary')
export class SkillSalaryType {
  @Field(() => String)
  skill!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Float)
  p25Usd!: number;

  @Field(() => Float)
  p50Usd!: number;

  @Field(() => Float)
  p75Usd!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RemoteShare')
export class RemoteShareType {
  @Field(() => Boolean, { nullable: true, description: 'Null: the posting did not say.' })
  remote!: boolean | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percentage!: number;
}

@ObjectType('MarketFilters')
export class MarketFiltersType {
  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => Boolean, { nullable: true })
  remote!: boolean | null;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;
}

@ObjectType('MarketTrends')
export class MarketTrendsType {
  @Field(() => [TrendingSkillType])
  topSkills!: TrendingSkillType[];

  @Field(() => [LocationCountType])
  topLocations!: LocationCountType[];

  @Field(() => [TechnologyTrendType])
  technologyTrends!: TechnologyTrendType[];

  @Field(() => [SalaryTrendType])
  salaryTrends!: SalaryTrendType[];

  @Field(() => [SkillSalaryType])
  skillSalaries!: SkillSalaryType[];

  @Field(() => [RemoteShareType])
  remoteDistribution!: RemoteShareType[];

  @Field(() => Int)
  totalJobsAnalyzed!: number;

  @Field(() => Int, { description: 'Postings in the window before this one, for comparison.' })
  previousWindowJobs!: number;

  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => [String])
  dataSources!: string[];

  @Field(() => MarketFiltersType)
  filters!: MarketFiltersType;
}
