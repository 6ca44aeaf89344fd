export { LearningProgressService } from './learning-progress.service.js';
export type { LearningProgressSnapshot, MyLearning } from './learning-progress.types.js';
export { LEARNING_STATES, type LearningState } from './skill-progress.model.js';
export { ensureLearningProgressIndexes, SkillProgressRepository } from './skill-progress.repository.js';
