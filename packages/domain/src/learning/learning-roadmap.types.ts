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
  /** Study time suggested by the skill's resources; null when the catalog has none. */
  estimatedHours: number | null;
  /** Taxonomy prerequisites of the skill. */
  prerequisites: string[];
  /** Why the skill is on the path. */
  reason: string;
}

export interface LearningRoadmap {
  targetRole: string | null;
  skillPaths: SkillPath[];
  totalSkills: number;
  missingSkillsCount: number;
  coveragePercentage: number | null;
  /** Hours to study every missing skill, from the catalog's estimates. */
  estimatedHoursToClose: number;
  recommendations: string[];
  /** Where the demand figures came from ('theirstack', 'demo'); empty for profile-based paths. */
  dataSources: string[];
}

export interface LearningRoadmapOptions {
  targetRole?: string | null;
  includeGapAnalysis?: boolean;
}
