export { AccessTokens, INVALID_CREDENTIALS_MESSAGE } from './access-token.service.js';
export { AccountService, type AccountServiceOptions, type LoginInput } from './account.service.js';
export type { AuthenticatedAccount, Principal, SignInTokens } from './account-sessions.js';
export {
  duplicateTargetRoles,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  LOCATION_MAX_LENGTH,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  PASSWORD_MAX_LENGTH,
  type RegistrationInput,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
} from './account-validation.js';
export {
  DEFAULT_MAX_FAILURES_PER_EMAIL,
  DEFAULT_MAX_FAILURES_PER_IP,
  DEFAULT_THROTTLE_WINDOW_SECONDS,
  LoginThrottle,
} from './login-throttle.js';
export { PEPPERED_HASH_MARKER } from './password-hasher.js';
export { ensurePasswordResetTokenIndexes, PasswordResetService } from './password-reset/index.js';
export { UserVersions, type UserVersionsOptions } from './principal-cache/index.js';
export type { ProfileEditor, ProfileUpdate } from './profile-editor.js';
export { DEFAULT_IMPORT_MIN_CONFIDENCE, ProfileSkillImport } from './profile-skill-import.js';
export { type AccountUser, isAdmin, type PublicUser, toPublicUser } from './public-user.js';
export { type ClientInfo, ensureSessionIndexes, type SessionView } from './sessions/index.js';
