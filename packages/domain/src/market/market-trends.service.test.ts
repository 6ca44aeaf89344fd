import { analyticsFixture, mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { MarketTrendsService } from './index.js';
import { percentileFromHistogram } from './salary-percentiles.js';

useTestDatabase();

const fixture = analyticsFixture();
const market = new MarketTrendsService(fixture);
const onDay = fixture.postedDaysAgo;
/** A posting's annual salary range in USD. */
const paying = (minAnnualSalaryUsd: number | null, maxAnnualSalaryUsd: number | null) => ({
  minAnnualSalaryUsd,
  maxAnnualSalaryUsd,
});

describe('MarketTrendsService.trends', () => {
  it('summarises skills, locations, salaries and remote share of the window, with growth', async () => {
    const berlin = { location: 'Berlin, Germany', countryCode: 'DE', remote: false };
    const austin = { location: 'Austin, Texas, United States', countryCode: 'US', remote: true };
    await ingestPostings(
      [
        // previous 7-day window: one react posting
        mappedPosting(1, { ...berlin, skills: ['react'], ...onDay(10) }),
        // current 7-day window
        mappedPosting(2, {
          ...berlin,
          skills: ['react', 'typescript'],
          ...onDay(1),
          ...paying(60_000, 80_000),
        }),
        mappedPosting(3, { ...berlin, skills: ['react', 'agile'], ...onDay(2), ...paying(70_000, 90_000) }),
        mappedPosting(4, { ...berlin, skills: ['typescript'], ...onDay(3), ...paying(80_000, 100_000) }),
        mappedPosting(5, { ...austin, skills: ['go'], ...onDay(1), ...paying(150_000, 190_000) }),
        mappedPosting(6, {
          ...austin,
          skills: ['go', 'react'],
          ...onDay(1),
          role: 'frontend engineer',
          ...paying(null, null),
        }),
      ],
      { clock: systemClock },
    );
    const trends = await market.trends({ days: 7, skillsLimit: 3, locationsLimit: 5 });
    expect(trends.totalJobsAnalyzed).toBe(5);
    expect(trends.previousWindowJobs).toBe(1);
    expect(
      trends.topSkills.map((skill) => [skill.skill, skill.count, skill.percentage, skill.growthPercentage]),
    ).toEqual([
      // one earlier react posting: below the minimum sample, so no growth figure
      ['react', 3, 60, null],
      ['go', 2, 40, null],
      ['typescript', 2, 40, null],
    ]);
    expect(trends.technologyTrends.map((skill) => skill.skill)).not.toContain('agile');
    expect(trends.topLocations).toEqual([
      { location: 'Berlin, Germany', count: 3 },
      { location: 'Austin, Texas, United States', count: 2 },
    ]);
    // Austin has one salaried posting: below the 3-posting minimum.
    expect(trends.salaryTrends).toEqual([
      { location: 'Berlin, Germany', averageMinUsd: 70_000, averageMaxUsd: 90_000, count: 3 },
    ]);
    expect(trends.remoteDistribution).toEqual([
      { remote: false, count: 3, percentage: 60 },
      { remote: true, count: 2, percentage: 40 },
    ]);
    expect(trends).toMatchObject({ windowDays: 7, dataSources: ['theirstack'] });
  });

  it('filters by role, country and remote, counting a posting once market-wide', async () => {
    const us = await market.trends({ days: 7, countryCode: 'us' });
    expect(us.totalJobsAnalyzed).toBe(2);
    expect(us.filters.countryCode).toBe('US');
    const remoteFrontend = await market.trends({ days: 7, role: 'Front-end Developer', remote: true });
    expect(remoteFrontend.totalJobsAnalyzed).toBe(1);
    expect(remoteFrontend.topSkills.map((skill) => skill.skill)).toEqual(['go', 'react']);
    const onSite = await market.trends({ days: 7, remote: false });
    expect(onSite.totalJobsAnalyzed).toBe(3);
  });

  it('computes salary percentiles for top skills with enough salaried postings', async () => {
    await ingestPostings(
      [100, 110, 120, 130, 140].map((thousands, index) =>
        mappedPosting(100 + index, {
          skills: ['kotlin'],
          ...onDay(1),
          ...paying(thousands * 1_000, thousands * 1_000),
        }),
      ),
      { clock: systemClock },
    );
    const trends = await market.trends({ days: 7, skillsLimit: 10 });
    const kotlin = trends.skillSalaries.find((salary) => salary.skill === 'kotlin');
    expect(kotlin).toMatchObject({ count: 5, p50Usd: 125_000 });
    expect(kotlin?.p25Usd).toBeLessThan(kotlin?.p50Usd ?? 0);
    expect(kotlin?.p75Usd).toBeGreaterThan(kotlin?.p50Usd ?? 0);
    expect(trends.skillSalaries.find((salary) => salary.skill === 'go')).toBeUndefined();
  });

  it('returns an empty, well-formed answer for an empty window', async () => {
    const trends = await market.trends({ days: 1, countryCode: 'JP' });
    expect(trends).toMatchObject({
      totalJobsAnalyzed: 0,
      topSkills: [],
      salaryTrends: [],
      remoteDistribution: [],
    });
  });
});

describe('percentileFromHistogram', () => {
  it('interpolates inside 10k buckets', () => {
    const histogram = new Map([
      [10, 2],
      [12, 2],
    ]);
    expect(percentileFromHistogram(histogram, 0.5)).toBe(110_000);
    expect(percentileFromHistogram(new Map(), 0.5)).toBe(0);
  });
});
