export type {
  GrowthWindow,
  LocationCount,
  LocationSalary,
  MarketTrends,
  MarketTrendsOptions,
  RemoteShare,
  SkillGrowth,
  SkillSalary,
  TrendingSkill,
} from './market.types.js';
export {
  MarketTrendsService,
  MIN_GROWTH_SAMPLE,
  MIN_SALARIED_POSTINGS_PER_LOCATION,
  MIN_SALARIED_POSTINGS_PER_SKILL,
  remoteDistribution,
  skillGrowth,
} from './market-trends.service.js';
export { percentileFromHistogram, type SalaryPercentiles, salaryPercentiles } from './salary-percentiles.js';
