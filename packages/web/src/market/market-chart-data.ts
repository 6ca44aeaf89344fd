import type { MarketTrendsQuery } from '@career-navigator/client';
import { type BarDatum } from '../charts/index.js';
import { formatGrowth, formatShare, formatUsd } from '../ui/index.js';

type Market = MarketTrendsQuery['marketTrends'];

/** Top skills by share of postings, with their growth against the previous window. */
export function topSkillsData(skills: Market['topSkills']): BarDatum[] {
  return skills.map((skill) => ({
    key: skill.skill,
    label: skill.displayName,
    value: skill.percentage,
    tone: 'neutral',
    valueText: `${formatShare(skill.percentage)} (${formatGrowth(skill.growth.percentage)})`,
  }));
}

/** Each skill's salary quartiles as a p25–p75 bar with the median marked. */
export function skillSalaryData(salaries: Market['skillSalaries']): BarDatum[] {
  return [...salaries]
    .sort((a, b) => b.p50Usd - a.p50Usd)
    .map((salary) => ({
      key: salary.skill,
      label: salary.displayName,
      from: salary.p25Usd,
      value: salary.p75Usd,
      mark: salary.p50Usd,
      tone: 'neutral',
      valueText: `${formatUsd(salary.p25Usd, true)}–${formatUsd(salary.p75Usd, true)}`,
      tableText: `${formatUsd(salary.p25Usd)}–${formatUsd(salary.p75Usd)}, median ${formatUsd(salary.p50Usd)} (${salary.count} postings)`,
    }));
}

/** Locations by number of postings. */
export function locationData(locations: Market['topLocations']): BarDatum[] {
  return locations.map((location) => ({
    key: location.location,
    label: location.location,
    value: location.count,
    tone: 'neutral',
    valueText: `${location.count}`,
  }));
}
