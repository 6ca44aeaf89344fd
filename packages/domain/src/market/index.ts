export type {
  LocationCount,
  LocationSalary,
  MarketTrends,
  MarketTrendsOptions,
  RemoteShare,
  SkillSalary,
  TrendingSkill,
} from './market.types.js';
export {
  MIN_SALARIED_POSTINGS_PER_LOCATION,
  MIN_SALARIED_POSTINGS_PER_SKILL,
  marketTrends,
} from './market-trends.service.js';
export { percentileFromHistogram } from './salary-percentiles.js';
