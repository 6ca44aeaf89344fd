import type { Difficulty, ProjectIdea } from '../catalogs/index.js';

/** The part of a user the project matching reads; a full user object fits. */
export interface ProjectUser {
  skills: readonly string[];
}

export interface ProjectMatch {
  /** Share of the project's skills the user has, 0–100, one decimal. */
  skillMatchPercentage: number;
  /** Project skills the user lacks, as the catalog spells them, in project order. */
  missingSkills: string[];
}

export type MatchedProject = ProjectIdea & ProjectMatch;

export interface RecommendProjectsOptions {
  /** Beginner, Intermediate or Advanced, in any letter case. */
  difficulty?: string;
  /** Skills in any spelling; a project must use at least one. */
  skillFocus?: readonly string[];
  /** A job title in any common spelling ("Front-end Engineer" finds "Frontend Developer"). */
  targetRole?: string;
  limit: number;
}

export interface ProjectRecommendations {
  projects: MatchedProject[];
  /** Projects passing the filters, before the limit. */
  totalProjects: number;
  /** Distinct skills the user has. */
  userSkillCount: number;
  filtersApplied: {
    difficulty: Difficulty | null;
    /** Canonical skill ids. */
    skillFocus: string[];
    targetRole: string | null;
    limit: number;
  };
  /** Advice about the returned projects; empty when none were returned. */
  recommendations: string[];
}

export interface SkillBuildingOptions {
  /** Skills in any spelling; a project must use at least one. */
  skills: readonly string[];
  difficulty?: string;
  limit: number;
}

export interface SearchProjectsOptions {
  query: string;
  /** Skills in any spelling; when given, a project must use at least one. */
  skills?: readonly string[];
  difficulty?: string;
  limit: number;
  offset: number;
}

export interface ProjectSearchResult {
  projects: ProjectIdea[];
  /** Matches before limit and offset were applied. */
  totalFound: number;
  searchQuery: string;
  filtersApplied: {
    /** Canonical skill ids. */
    skills: string[];
    difficulty: Difficulty | null;
    limit: number;
    offset: number;
  };
}

export interface AllProjectsOptions {
  difficulty?: string;
  limit: number;
  offset: number;
}

export interface ProjectPage {
  projects: MatchedProject[];
  /** Projects passing the difficulty filter, before limit and offset. */
  total: number;
}
