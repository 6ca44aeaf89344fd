export {
  type LearningResource,
  type LearningResourceCatalog,
  loadLearningResourceCatalog,
  type ResourceType,
} from '../catalogs/index.js';
export { resourcesForSkills, searchResources } from './learning-resources.service.js';
export { LearningRoadmapService } from './learning-roadmap.service.js';
export type { LearningRoadmap, LearningRoadmapOptions } from './learning-roadmap.types.js';
export {
  ensureLearningProgressIndexes,
  LEARNING_STATES,
  LearningProgressService,
  type LearningProgressSnapshot,
  type LearningState,
  type MyLearning,
  SkillProgressRepository,
} from './progress/index.js';
