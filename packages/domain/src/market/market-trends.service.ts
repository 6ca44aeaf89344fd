import { completeDayWindows, trailingWindows } from '../clock/index.js';
import { normalizeRole } from '../roles/index.js';
import {
  ANY,
  type RollupReadDependencies,
  type RollupScope,
  type RollupTotals,
  rankedTotals,
} from '../rollups/index.js';
import { compareText, round1 } from '../shared/index.js';
import { skillCategory, skillDisplayName } from '../skills/index.js';
import type {
  LocationSalary,
  MarketTrends,
  MarketTrendsOptions,
  RemoteShare,
  SkillGrowth,
  SkillSalary,
  TrendingSkill,
} from './market.types.js';
import { salaryPercentiles } from './salary-percentiles.js';

/** A location's average salary is shown only with at least this many salaried postings. */
export const MIN_SALARIED_POSTINGS_PER_LOCATION = 3;
/** Salary percentiles for a skill need at least this many salaried postings. */
export const MIN_SALARIED_POSTINGS_PER_SKILL = 5;
const MAX_SALARY_LOCATIONS = 20;
const MAX_TECHNOLOGY_TRENDS = 20;
const NON_TECHNOLOGY_CATEGORIES = new Set(['soft_skill', 'methodology_concept']);

function scopeFor(options: MarketTrendsOptions): RollupScope {
  return {
    role: options.role ? normalizeRole(options.role) : ANY,
    country: options.countryCode ? options.countryCode.trim().toUpperCase() : ANY,
    remote: options.remote === true ? 'yes' : options.remote === false ? 'no' : ANY,
  };
}

/** Growth is only computed when the earlier window had at least this many postings asking for the skill. */
export const MIN_GROWTH_SAMPLE = 5;

export interface GrowthTotals {
  current: RollupTotals;
  previous: RollupTotals;
}

/** A skill's growth between two windows, by the rules of MarketTrends.growthWindow. */
export function skillGrowth(skill: string, totals: GrowthTotals): SkillGrowth {
  const previousCount = totals.previous.skills.get(skill) ?? 0;
  const currentCount = totals.current.skills.get(skill) ?? 0;
  if (previousCount < MIN_GROWTH_SAMPLE) {
    return {
      percentage: null,
      previousCount,
      currentCount,
      reason: `The earlier window has ${previousCount} postings asking for it, fewer than the ${MIN_GROWTH_SAMPLE} needed for a growth figure.`,
    };
  }
  return {
    percentage: round1(((currentCount - previousCount) / previousCount) * 100),
    previousCount,
    currentCount,
    reason: null,
  };
}

function trendingSkills(
  current: RollupTotals,
  growth: GrowthTotals,
  skills: [string, number][],
): TrendingSkill[] {
  return skills.map(([skill, count]) => {
    const skillGrowthFigures = skillGrowth(skill, growth);
    return {
      skill,
      displayName: skillDisplayName(skill),
      category: skillCategory(skill),
      count,
      percentage: current.postings > 0 ? round1((count / current.postings) * 100) : 0,
      growthPercentage: skillGrowthFigures.percentage,
      growth: skillGrowthFigures,
    };
  });
}

function salaryTrends(totals: RollupTotals): LocationSalary[] {
  return [...totals.salaryByLocation]
    .filter(([, sums]) => sums.n >= MIN_SALARIED_POSTINGS_PER_LOCATION)
    .map(([location, sums]) => ({
      location,
      averageMinUsd: Math.round(sums.lo / sums.n),
      averageMaxUsd: Math.round(sums.hi / sums.n),
      count: sums.n,
    }))
    .sort((a, b) => b.averageMaxUsd - a.averageMaxUsd || compareText(a.location, b.location))
    .slice(0, MAX_SALARY_LOCATIONS);
}

function skillSalaries(totals: RollupTotals, skills: readonly string[]): SkillSalary[] {
  return skills.flatMap((skill) => {
    const percentiles = salaryPercentiles(
      totals.salaryHistogramBySkill.get(skill),
      MIN_SALARIED_POSTINGS_PER_SKILL,
    );
    return percentiles ? [{ skill, displayName: skillDisplayName(skill), ...percentiles }] : [];
  });
}

/** Postings by remote yes / no / not said, largest first, with shares of all postings. */
export function remoteDistribution(totals: RollupTotals): RemoteShare[] {
  const shares: [boolean | null, number][] = [
    [true, totals.remote.yes],
    [false, totals.remote.no],
    [null, totals.remote.unknown],
  ];
  return shares
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([remote, count]) => ({
      remote,
      count,
      percentage: round1((count / Math.max(1, totals.postings)) * 100),
    }));
}

type MarketFindings = Pick<
  MarketTrends,
  | 'topSkills'
  | 'topLocations'
  | 'technologyTrends'
  | 'salaryTrends'
  | 'skillSalaries'
  | 'remoteDistribution'
  | 'totalJobsAnalyzed'
  | 'previousWindowJobs'
  | 'dataSources'
>;

/** Everything the answer derives from the totals of its windows and its limits. */
function marketFindings(
  current: RollupTotals,
  growth: GrowthTotals,
  skillsLimit: number,
  locationsLimit: number,
): MarketFindings {
  const rankedSkills = rankedTotals(current.skills);
  const topSkills = rankedSkills.slice(0, skillsLimit);
  const technologies = rankedSkills
    .filter(([skill]) => !NON_TECHNOLOGY_CATEGORIES.has(skillCategory(skill)))
    .slice(0, Math.min(MAX_TECHNOLOGY_TRENDS, skillsLimit + 5));
  return {
    topSkills: trendingSkills(current, growth, topSkills),
    topLocations: rankedTotals(current.locations)
      .slice(0, locationsLimit)
      .map(([location, count]) => ({ location, count })),
    technologyTrends: trendingSkills(current, growth, technologies),
    salaryTrends: salaryTrends(current),
    skillSalaries: skillSalaries(
      current,
      topSkills.map(([skill]) => skill),
    ),
    remoteDistribution: remoteDistribution(current),
    totalJobsAnalyzed: current.postings,
    previousWindowJobs: growth.previous.postings,
    dataSources: [...current.sources.keys()].sort(),
  };
}

/** The job market of a window: what its postings ask for, where they are, and what they pay. */
export class MarketTrendsService {
  constructor(private readonly reads: RollupReadDependencies) {}

  /** What the postings of the window ask for, where they are, and what they pay. Reads only rollups. */
  async trends(options: MarketTrendsOptions = {}): Promise<MarketTrends> {
    const { clock, windowTotals } = this.reads;
    const days = options.days ?? 30;
    const skillsLimit = options.skillsLimit ?? 15;
    const locationsLimit = options.locationsLimit ?? 10;
    const now = clock.now();
    const scope = scopeFor(options);
    const analysisWindow = trailingWindows(now, days).current;
    const growthWindows = completeDayWindows(now, days);
    const fresh = { fresh: options.fresh ?? false };
    // The growth windows share all but one day with the analysis window: each day is read once.
    const [current, growthCurrent, growthPrevious] = (await windowTotals.ofWindows(
      scope,
      [
        { window: analysisWindow, reader: 'market' },
        { window: growthWindows.current, reader: 'growth' },
        { window: growthWindows.previous, reader: 'growth' },
      ],
      fresh,
    )) as [RollupTotals, RollupTotals, RollupTotals];
    const findings = windowTotals.derived(
      [current, growthCurrent, growthPrevious],
      `market\u0000${skillsLimit}\u0000${locationsLimit}`,
      () =>
        marketFindings(
          current,
          { current: growthCurrent, previous: growthPrevious },
          skillsLimit,
          locationsLimit,
        ),
    );
    return {
      ...findings,
      generatedAt: now,
      windowDays: days,
      window: analysisWindow,
      growthWindow: {
        from: growthWindows.current.from,
        to: growthWindows.current.to,
        previousFrom: growthWindows.previous.from,
        previousTo: growthWindows.previous.to,
        currentPostings: growthCurrent.postings,
        previousPostings: growthPrevious.postings,
        minimumSample: MIN_GROWTH_SAMPLE,
      },
      filters: {
        role: options.role?.trim() || null,
        remote: options.remote ?? null,
        countryCode: scope.country === ANY ? null : scope.country,
      },
    };
  }
}
