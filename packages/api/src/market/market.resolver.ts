import type { MarketTrends } from '@career-navigator/domain';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { type ApiContext, perItemOf } from '../graphql/index.js';
import { MarketTrendsArgs, MarketTrendsType } from './market.graphql-types.js';

/** The original API's field names for technology and salary trends, beside the richer new ones. */
function toMarketTrendsType(trends: MarketTrends): MarketTrendsType {
  return {
    ...trends,
    technologyTrends: trends.technologyTrends.map((trend) => ({ ...trend, technology: trend.skill })),
    salaryTrends: trends.salaryTrends.map(({ location, averageMinUsd, averageMaxUsd, count }) => ({
      location,
      avgMin: averageMinUsd,
      avgMax: averageMaxUsd,
      count,
    })),
  };
}

@Resolver()
export class MarketResolver {
  @Query(() => MarketTrendsType, {
    description: 'What the postings of the window ask for, where they are and what they pay. Public.',
    complexity: perItemOf('skillsLimit', 'locationsLimit'),
  })
  async marketTrends(
    @Args(() => MarketTrendsArgs) {
      days,
      skillsLimit,
      locationsLimit,
      role,
      remote,
      countryCode,
    }: MarketTrendsArgs,
    @Ctx() { services }: ApiContext,
  ): Promise<MarketTrendsType> {
    const request = { days, skillsLimit, locationsLimit, role, remote, countryCode };
    const trends = await services.market.trends(request);
    return toMarketTrendsType(trends);
  }
}
