export { CompletedResourceModel } from './completed-resource.model.js';
export {
  LearningProgressService,
  type LearningProgressServiceOptions,
} from './learning-progress.service.js';
export type {
  CompletedLearningResource,
  LearningProgressSnapshot,
  MyLearning,
  ProfileSkills,
  SkillProgress,
} from './learning-progress.types.js';
export { LEARNING_STATES, type LearningState, SkillProgressModel } from './skill-progress.model.js';
export { SkillProgressRepository } from './skill-progress.repository.js';
