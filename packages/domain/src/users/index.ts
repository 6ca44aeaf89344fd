export { EXPERIENCE_LEVELS, type ExperienceLevel, type User } from './user.model.js';
export * from './user.repository.js';
