import type { LearningResource } from '../catalogs/index.js';
import type { SkillCategory } from '../skills/index.js';

export interface SkillPath {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
  resources: readonly LearningResource[];
  isMissing: boolean;
  /** Demand share (0–100) for role-based paths; a fixed weight for profile-based ones. */
  priorityScore: number;
  /** Study time suggested by the skill's resources; null when the catalog has none (the reason then says "No resources yet."). */
  estimatedHours: number | null;
  /** Taxonomy prerequisites of the skill. */
  prerequisites: string[];
  /** Why the skill is on the path. */
  reason: string;
}

export interface LearningRoadmap {
  targetRole: string | null;
  /** The role whose postings the path follows: the target role, or a stand-in without its postings; null for a profile-based path. */
  basedOnRole: string | null;
  skillPaths: SkillPath[];
  totalSkills: number;
  /** The gap's missing skills (for a profile-based path, the suggested skills); prerequisites not included. */
  missingSkillsCount: number;
  /** Missing prerequisites put on the path before the skills that need them. */
  prerequisitesAdded: number;
  /** The gap analysis's coverage for the same role, days and threshold; null without one. */
  coveragePercentage: number | null;
  /** Hours to study every missing skill on the path (prerequisites included) that has resources. */
  estimatedHoursToClose: number;
  /** Missing skills on the path without resources yet, left out of estimatedHoursToClose. */
  skillsWithoutEstimateCount: number;
  recommendations: string[];
  /** Where the demand figures came from ('theirstack', 'demo'); empty for profile-based paths. */
  dataSources: string[];
}

export interface LearningRoadmapOptions {
  targetRole?: string | null;
  includeGapAnalysis?: boolean;
  /** Days of postings, as for the gap analysis (default 30). */
  days?: number;
  /** Share of postings a skill must reach to count as required, as for the gap analysis (default 0.25). */
  threshold?: number;
}
