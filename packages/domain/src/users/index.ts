export { EXPERIENCE_LEVELS, type ExperienceLevel, User, UserModel } from './user.model.js';
