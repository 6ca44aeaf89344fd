export { EXPERIENCE_LEVELS, type ExperienceLevel, type User } from './user.model.js';
export {
  bumpTokenVersion,
  deleteUser,
  ensureUserIndexes,
  findUserByEmail,
  findUserById,
  findUserWithPasswordHash,
  insertUser,
  type NewUser,
  replacePasswordHashIf,
  type StoredUser,
  setPasswordHash,
  targetRolesOfUsers,
  type UserProfileChanges,
  updateUserProfileIfVersion,
} from './user.repository.js';
