import type { LearningResource, ResourceType } from '../catalogs/index.js';

export interface ResourcesForSkillsOptions {
  /** Skills in any spelling, in the order their resources should come back. */
  skills: readonly string[];
  /** One of RESOURCE_TYPES, in any letter case. */
  resourceType?: string;
  /** Case-insensitive substring of a resource's title or description. */
  search?: string;
}

export interface SearchResourcesOptions {
  query: string;
  /** One of RESOURCE_TYPES, in any letter case. */
  resourceType?: string;
  limit: number;
  offset: number;
}

export interface ResourceSearchResult {
  resources: LearningResource[];
  /** Matches before limit and offset were applied. */
  totalFound: number;
  searchQuery: string;
  filtersApplied: { resourceType: ResourceType | null; limit: number; offset: number };
}
