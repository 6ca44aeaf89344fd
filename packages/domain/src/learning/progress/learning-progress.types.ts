import type { LearningResource } from '../../catalogs/index.js';
import type { LearningState } from './skill-progress.model.js';

/** One learner's progress in one skill, as the API shows it. */
export interface SkillProgress {
  skill: string;
  displayName: string;
  state: LearningState;
  /** When the skill was first started (IN_PROGRESS or DONE); null when not started. */
  startedAt: Date | null;
  /** When the skill was marked DONE; null unless DONE. */
  finishedAt: Date | null;
  /** URLs of the skill's catalog resources the learner completed, in catalog order. */
  resourcesCompleted: string[];
}

export interface CompletedLearningResource {
  resource: LearningResource;
  completedAt: Date;
}

/** The signed-in user's learning across every roadmap. */
export interface MyLearning {
  inProgress: SkillProgress[];
  done: SkillProgress[];
  skipped: SkillProgress[];
  /** The latest DONE skills, newest first. */
  recentlyFinished: SkillProgress[];
  /** Newest first; resources since removed from the catalog are left out. */
  resourcesCompleted: CompletedLearningResource[];
  /** The completed resources' estimated hours, added up. */
  hoursDone: number;
}

/** Everything a roadmap needs to know about the learner's progress, read once. */
export interface LearningProgressSnapshot {
  /** Null for a skill never marked. */
  stateOf(skill: string): LearningState | null;
  /** Skills marked DONE. */
  learnedSkills: readonly string[];
  isResourceCompleted(url: string): boolean;
}

/** The profile side of marking a skill DONE (the profile editor). */
export interface ProfileSkills {
  /** True when the skill was put into the profile by this call. */
  addSkillToProfile(userId: string, skill: string): Promise<boolean>;
  removeSkillFromProfile(userId: string, skill: string): Promise<void>;
  /**
   * Called after a skill entered or left DONE: whatever was cached for the user (their
   * principal, and so their learned skills) must be read again on every process.
   */
  learnedSkillsChanged(userId: string): Promise<void>;
}
