import type { MarketTrendsQuery } from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { remoteSplitData } from '../charts/index.js';
import { skillSalaryData, topSkillsData } from './market-chart-data.js';

type Market = MarketTrendsQuery['marketTrends'];

describe('the market chart data', () => {
  it('labels each top skill with its share and its growth, or why there is none', () => {
    const skills = [
      { percentage: 40, growth: { percentage: 12.345 } },
      { percentage: 25.55, growth: { percentage: -3 } },
      { percentage: 10, growth: { percentage: null } },
    ].map((figures, index) => ({
      skill: `s${index}`,
      displayName: `Skill ${index}`,
      category: 'database',
      count: 10,
      growthPercentage: figures.growth.percentage,
      percentage: figures.percentage,
      growth: { ...figures.growth, previousCount: 5, currentCount: 6, reason: null },
    })) as Market['topSkills'];
    expect(topSkillsData(skills).map((bar) => bar.valueText)).toEqual([
      '40% (+12.3%)',
      '25.6% (-3%)',
      '10% (n/a)',
    ]);
  });

  it('draws salaries as p25–p75 ranges with the median marked, highest median first', () => {
    const salaries = [
      { skill: 'sql', displayName: 'SQL', p25Usd: 80_000, p50Usd: 95_000, p75Usd: 110_000, count: 9 },
      { skill: 'go', displayName: 'Go', p25Usd: 120_000, p50Usd: 140_000, p75Usd: 165_500, count: 6 },
    ] as Market['skillSalaries'];
    expect(skillSalaryData(salaries)).toEqual([
      expect.objectContaining({
        key: 'go',
        from: 120_000,
        value: 165_500,
        mark: 140_000,
        valueText: '$120k–$166k',
        tableText: '$120,000–$165,500, median $140,000 (6 postings)',
      }),
      expect.objectContaining({ key: 'sql', from: 80_000, value: 110_000, mark: 95_000 }),
    ]);
  });

  it('names the remote split in words, largest share first', () => {
    const split = [
      { remote: false, count: 30, percentage: 30 },
      { remote: null, count: 10, percentage: 10 },
      { remote: true, count: 60, percentage: 60 },
    ] as Market['remoteDistribution'];
    expect(remoteSplitData(split).map((bar) => [bar.label, bar.valueText])).toEqual([
      ['Remote', '60% (60)'],
      ['On-site or hybrid', '30% (30)'],
      ['Not stated', '10% (10)'],
    ]);
  });
});
