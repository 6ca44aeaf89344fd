import type { LocationCount, RemoteShare, SalaryPercentiles } from '../market/index.js';
import type { SkillCategory } from '../skills/index.js';
import type { RoleWithPostings } from './role-search.js';

/** ESSENTIAL: asked by at least half the postings; IMPORTANT: by a quarter; OPTIONAL: by at least the threshold. */
export type RoleSkillBand = 'essential' | 'important' | 'optional';

export interface RoleProfileSkill {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
  /** Share of the role's postings asking for the skill, 0–100, 1 decimal (the gap analysis' requiredPercentage). */
  share: number;
  postings: number;
  band: RoleSkillBand;
  /** Whether the signed-in viewer has the skill (profile or learned); null for anonymous viewers. */
  userHas: boolean | null;
}

/** "x of N" counts for a signed-in viewer. */
export interface RoleSkillMatch {
  essentialHave: number;
  essentialTotal: number;
  importantHave: number;
  importantTotal: number;
  /** All listed skills (every band). */
  have: number;
  total: number;
}

export interface RoleProfile {
  role: string;
  roleKey: string;
  displayName: string;
  windowDays: number;
  threshold: number;
  totalPostingsAnalyzed: number;
  skills: RoleProfileSkill[];
  /** Annual USD salary quartiles of the role's salaried postings; null with too few of them. */
  salary: SalaryPercentiles | null;
  /** Share of the role's postings that are remote, 0–100, 1 decimal. */
  remoteShare: number;
  remoteDistribution: RemoteShare[];
  topLocations: LocationCount[];
  similarRoles: RoleWithPostings[];
  match: RoleSkillMatch | null;
  dataSources: string[];
  generatedAt: Date;
}

export interface RoleProfileOptions {
  days?: number;
  threshold?: number;
}
