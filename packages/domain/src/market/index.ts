export type {
  LocationCount,
  MarketTrends,
  MarketTrendsOptions,
  RemoteShare,
  SkillGrowth,
} from './market.types.js';
export {
  MarketTrendsService,
  MIN_SALARIED_POSTINGS_PER_SKILL,
  remoteDistribution,
  skillGrowth,
} from './market-trends.service.js';
export { type SalaryPercentiles, salaryPercentiles } from './salary-percentiles.js';
