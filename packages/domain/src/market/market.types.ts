import type { DayWindow } from '../clock/index.js';
import type { SkillCategory } from '../skills/index.js';

export interface MarketTrendsOptions {
  days?: number;
  skillsLimit?: number;
  locationsLimit?: number;
  /** Only postings collected for this role (any spelling; normalised). */
  role?: string | null;
  /** true: remote only; false: on-site/hybrid only; null/undefined: all. */
  remote?: boolean | null;
  /** ISO 3166-1 alpha-2. */
  countryCode?: string | null;
  /** Bypass the window cache (benchmarks). */
  fresh?: boolean;
}

export interface TrendingSkill {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
  count: number;
  /** Share of postings in the window asking for the skill (each posting counted once), 1 decimal. */
  percentage: number;
  /** Same as growth.percentage. */
  growthPercentage: number | null;
  growth: SkillGrowth;
}

/** A skill's change between the two windows of MarketTrends.growthWindow (complete UTC days). */
export interface SkillGrowth {
  /** (currentCount − previousCount) / previousCount × 100, 1 decimal; null when previousCount is below the minimum sample. */
  percentage: number | null;
  /** Postings asking for the skill in growthWindow's previous window. */
  previousCount: number;
  /** Postings asking for the skill in growthWindow's current window. */
  currentCount: number;
  /** Why percentage is null; null when it is not. */
  reason: string | null;
}

export interface GrowthWindow {
  /** First and last complete UTC day of the current growth window: the `days` days before today. */
  from: string;
  to: string;
  /** The `days` days before `from`. */
  previousFrom: string;
  previousTo: string;
  currentPostings: number;
  previousPostings: number;
  /** Fewer earlier postings of a skill than this, and its growth is null. */
  minimumSample: number;
}

export interface LocationCount {
  location: string;
  count: number;
}

export interface LocationSalary {
  location: string;
  averageMinUsd: number;
  averageMaxUsd: number;
  count: number;
}

export interface SkillSalary {
  skill: string;
  displayName: string;
  p25Usd: number;
  p50Usd: number;
  p75Usd: number;
  count: number;
}

export interface RemoteShare {
  /** null: the posting did not say. */
  remote: boolean | null;
  count: number;
  percentage: number;
}

export interface MarketTrends {
  topSkills: TrendingSkill[];
  topLocations: LocationCount[];
  technologyTrends: TrendingSkill[];
  salaryTrends: LocationSalary[];
  skillSalaries: SkillSalary[];
  remoteDistribution: RemoteShare[];
  totalJobsAnalyzed: number;
  /** Postings in growthWindow's previous window. */
  previousWindowJobs: number;
  generatedAt: Date;
  windowDays: number;
  /** The analysis window: the `days` most recent UTC days, today included. */
  window: DayWindow;
  growthWindow: GrowthWindow;
  dataSources: string[];
  filters: { role: string | null; remote: boolean | null; countryCode: string | null };
}
