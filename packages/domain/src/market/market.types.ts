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
  /** Change in count versus the previous window of equal length; null when that window had none. */
  growthPercentage: number | null;
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
  previousWindowJobs: number;
  generatedAt: Date;
  windowDays: number;
  dataSources: string[];
  filters: { role: string | null; remote: boolean | null; countryCode: string | null };
}
