import type { LearningResource } from '../catalogs/index.js';
import type { SkillCategory } from '../skills/index.js';
import type { LearningProgressSnapshot, LearningState } from './progress/index.js';

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

/** A skill of the roadmap graph, with the learner's progress in it. */
export interface RoadmapNode {
  skill: string;
  displayName: string;
  category: SkillCategory | 'other';
  /** The state the learner marked; a skill never marked is DONE when the profile has it, else NOT_STARTED. */
  state: LearningState;
  isMissing: boolean;
  priorityScore: number;
  estimatedHours: number | null;
  /** How many of the skill's catalog resources the learner completed. */
  resourcesCompleted: number;
  resourcesTotal: number;
  /** The completed resources' estimated hours, added up. */
  hoursCompleted: number;
}

/** From a prerequisite to the skill that needs it. */
export interface RoadmapEdge {
  from: string;
  to: string;
}

export interface RoadmapGraph {
  /** The skill paths' skills in the same order: a topological order of the edges. */
  nodes: RoadmapNode[];
  edges: RoadmapEdge[];
}

export interface RoadmapProgress {
  done: number;
  inProgress: number;
  skipped: number;
  total: number;
  /** done / total, 0–100, one decimal; 0 for an empty roadmap. */
  percentDone: number;
  /** Estimated hours of skills neither DONE nor SKIPPED, less the hours of their completed resources. */
  hoursRemaining: number;
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
  graph: RoadmapGraph;
  progress: RoadmapProgress;
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
  /** The learner's progress: DONE skills count as theirs and stay on the path, shown as done. */
  progress?: LearningProgressSnapshot;
}
