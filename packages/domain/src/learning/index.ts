export {
  type CatalogSkill,
  type LearningResource,
  type LearningResourceCatalog,
  loadLearningResourceCatalog,
  RESOURCE_TYPES,
  type ResourceType,
} from '../catalogs/index.js';
export type {
  ResourceSearchResult,
  ResourcesForSkillsOptions,
  SearchResourcesOptions,
} from './learning.types.js';
export {
  estimatedHoursForSkill,
  parseResourceType,
  resourcesForSkills,
  searchResources,
} from './learning-resources.service.js';
export { LearningRoadmapService } from './learning-roadmap.service.js';
export type { LearningRoadmap, LearningRoadmapOptions, SkillPath } from './learning-roadmap.types.js';
export {
  type CompletedLearningResource,
  ensureLearningProgressIndexes,
  LEARNING_STATES,
  LearningProgressService,
  type LearningProgressServiceOptions,
  type LearningProgressSnapshot,
  type LearningState,
  type MyLearning,
  type ProfileSkills,
  type SkillProgress,
  SkillProgressRepository,
} from './progress/index.js';
export type { RoadmapDependencies } from './roadmap-basis.js';
