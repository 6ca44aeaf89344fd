export {
  DayWindowType,
  LocationCountType,
  RemoteShareType,
  SalaryPercentilesType,
  SkillGrowthType,
} from './market.graphql-types.js';
export { MarketResolver } from './market.resolver.js';
