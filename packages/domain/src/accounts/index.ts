export {
  type AccessToken,
  type AccessTokenSubject,
  AccessTokens,
  assertTokenCurrent,
  INVALID_CREDENTIALS_MESSAGE,
  type TokenSettings,
  type VerifiedAccessToken,
} from './access-token.service.js';
export {
  AccountService,
  type AccountServiceOptions,
  INCORRECT_CREDENTIALS_MESSAGE,
  type LoginInput,
  type ProfileUpdate,
  type UserDataStore,
} from './account.service.js';
export {
  AccountSessions,
  type AuthenticatedAccount,
  type Principal,
  type SignInTokens,
} from './account-sessions.js';
export {
  type DuplicateTargetRole,
  duplicateTargetRoles,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  FULL_NAME_MIN_LENGTH,
  LOCATION_MAX_LENGTH,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type ProfilePatch,
  type ProfilePatchInput,
  parseNewPassword,
  parseProfilePatch,
  parseRegistration,
  type Registration,
  type RegistrationInput,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
  TARGET_ROLE_MIN_LENGTH,
} from './account-validation.js';
export { normalizeEmailForLookup } from './email-address.js';
export {
  DEFAULT_MAX_FAILURES_PER_EMAIL,
  DEFAULT_MAX_FAILURES_PER_IP,
  DEFAULT_THROTTLE_WINDOW_SECONDS,
  type LoginAttemptSource,
  LoginThrottle,
  type LoginThrottleOptions,
} from './login-throttle.js';
export {
  DEFAULT_BCRYPT_COST,
  hashPassword,
  type PasswordCheck,
  type PasswordHashingOptions,
  PEPPERED_HASH_MARKER,
  verifyPassword,
} from './password-hasher.js';
export {
  ensurePasswordResetTokenIndexes,
  PasswordResetService,
  type PasswordResetServiceOptions,
  RESET_TOKEN_LIFETIME_MINUTES,
} from './password-reset/index.js';
export {
  DEFAULT_USER_VERSION_KEY_PREFIX,
  PrincipalCache,
  type PrincipalCacheOptions,
  UserVersions,
  type UserVersionsOptions,
} from './principal-cache/index.js';
export {
  DEFAULT_IMPORT_MIN_CONFIDENCE,
  ProfileSkillImport,
  type SkillImport,
} from './profile-skill-import.js';
export { type AccountUser, isAdmin, type PublicUser, toPublicUser } from './public-user.js';
export {
  type ClientInfo,
  ensureSessionIndexes,
  INVALID_REFRESH_TOKEN_MESSAGE,
  type SessionView,
} from './sessions/index.js';
