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
export { LEARNING_STATES, type LearningState } from './skill-progress.model.js';
export { ensureLearningProgressIndexes, SkillProgressRepository } from './skill-progress.repository.js';
