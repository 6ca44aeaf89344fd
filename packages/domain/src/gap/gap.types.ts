import type { SkillCategory } from '../skills/index.js';

export type DemandBand = 'essential' | 'important';

export interface RequiredSkill {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
  /** Share of the role's postings asking for the skill, 1 decimal. */
  requiredPercentage: number;
  postings: number;
  userHas: boolean;
  band: DemandBand;
}

export interface CoOccurringSkill {
  skill: string;
  displayName: string;
  /** The most postings this skill shares with any one of the user's missing skills. */
  postings: number;
}

export interface AskedWithSkill {
  skill: string;
  displayName: string;
  /** Postings of the role in the window asking for both this skill and the missing one. */
  postings: number;
  /** `postings` over the postings asking for the missing skill, 0–100, 1 decimal. */
  share: number;
}

export interface MissingSkillCoOccurrence {
  missingSkill: string;
  displayName: string;
  /** Postings of the role in the window asking for the missing skill. */
  postings: number;
  askedWith: AskedWithSkill[];
}

export interface SkillGapResult {
  role: string;
  roleKey: string;
  windowDays: number;
  threshold: number;
  totalPostingsAnalyzed: number;
  requiredSkills: RequiredSkill[];
  missingSkills: string[];
  coveragePercentage: number;
  skillMatchCount: number;
  totalRequiredSkills: number;
  skillsAskedWithMissing: MissingSkillCoOccurrence[];
  alsoAskedWith: CoOccurringSkill[];
  /** Set when postings exist but no skill reaches the threshold. */
  message: string | null;
  dataSources: string[];
  generatedAt: Date;
}

export interface SkillGapOptions {
  days?: number;
  threshold?: number;
  /** Bypass the window cache (benchmarks measure the uncached path this way). */
  fresh?: boolean;
}

export interface GapUser {
  skills: readonly string[];
  targetRoles: readonly string[];
}
