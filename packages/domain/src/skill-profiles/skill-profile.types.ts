import type { LearningResource } from '../catalogs/index.js';
import type { SalaryPercentiles, SkillGrowth } from '../market/index.js';
import type { MatchedProject } from '../projects/index.js';
import type { RoleWithPostings } from '../role-profiles/index.js';
import type { SkillCategory, SkillMatchKind } from '../skills/index.js';

export interface SkillReference {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
}

export interface SkillSuggestion extends SkillReference {
  /** Postings asking for the skill in the last 30 days (market-wide). */
  postings: number;
  match: SkillMatchKind;
  matchedText: string;
}

export interface SkillPartner extends SkillReference {
  /** Postings asking for both skills. */
  postings: number;
  /** postings over the postings asking for the profiled skill, 0–100, 1 decimal. */
  share: number;
}

export interface RoleDemandForSkill extends RoleWithPostings {
  /** Postings of the role asking for the skill (`postings` is all the role's postings). */
  postingsWithSkill: number;
  /** postingsWithSkill over the role's postings, 0–100, 1 decimal. */
  share: number;
}

export interface SkillProfile extends SkillReference {
  aliases: string[];
  prerequisites: SkillReference[];
  /** Skills that list this one as a prerequisite. */
  requiredBy: SkillReference[];
  windowDays: number;
  totalPostingsAnalyzed: number;
  /** Postings asking for the skill in the window. */
  postings: number;
  /** postings over all postings of the window, 0–100, 1 decimal. */
  share: number;
  growth: SkillGrowth;
  growthWindow: { current: { from: string; to: string }; previous: { from: string; to: string } };
  salary: SalaryPercentiles | null;
  askedWith: SkillPartner[];
  topRoles: RoleDemandForSkill[];
  learningResources: LearningResource[];
  projects: MatchedProject[];
  dataSources: string[];
  generatedAt: Date;
}

export interface SkillProfileOptions {
  days?: number;
}
