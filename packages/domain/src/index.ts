/**
 * The domain's public surface, for the API and the worker: the composition root and the
 * services' types, their inputs and results, domain errors, queue names and payloads,
 * config, logging, stopping on signals, the clock, metrics, and the pure helpers the API and worker use.
 * Models, repositories and database internals stay inside; tests, the testkit and
 * benchmarks that need them import `@career-navigator/domain/internal`.
 */
import 'reflect-metadata';

export type {
  AccountService,
  AccountServiceOptions,
  AccountUser,
  AuthenticatedAccount,
  ClientInfo,
  LoginInput,
  PasswordResetService,
  Principal,
  ProfileSkillImport,
  ProfileUpdate,
  PublicUser,
  RegistrationInput,
  SessionView,
  SignInTokens,
  UserVersionsOptions,
} from './accounts/index.js';
export {
  DEFAULT_IMPORT_MIN_CONFIDENCE,
  DEFAULT_MAX_FAILURES_PER_EMAIL,
  DEFAULT_MAX_FAILURES_PER_IP,
  DEFAULT_THROTTLE_WINDOW_SECONDS,
  duplicateTargetRoles,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  INVALID_CREDENTIALS_MESSAGE,
  isAdmin,
  LOCATION_MAX_LENGTH,
  LoginThrottle,
  MAX_SKILLS,
  MAX_TARGET_ROLES,
  PASSWORD_MAX_LENGTH,
  SKILL_MAX_LENGTH,
  TARGET_ROLE_MAX_LENGTH,
  toPublicUser,
} from './accounts/index.js';
export {
  CatalogError,
  DIFFICULTIES,
  type Difficulty,
  type LearningResource,
  type LearningResourceCatalog,
  loadLearningResourceCatalog,
  loadProjectCatalog,
  type ProjectCatalog,
  RESOURCE_TYPES,
  type ResourceType,
} from './catalogs/index.js';
export * from './clock/index.js';
export {
  COLLECTION_RUN_STATES,
  COLLECTION_TRIGGERS,
  type CollectionRequest,
  type CollectionRunState,
  type CollectionRunView,
  type CollectionService,
  type CollectionStatistics,
  type CollectionTrigger,
  type JobSource,
  USER_ROLE_DEFAULTS,
} from './collection/index.js';
export * from './composition/index.js';
export { type AppConfig, ConfigError, loadConfig, loadConfigOrExit } from './config/index.js';
export {
  connectDatabase,
  databaseAnswersReads,
  disconnectDatabase,
  LockTimeoutError,
  PROBE_TIMEOUT_MS,
} from './database/index.js';
export * from './errors/index.js';
export {
  type DemandBand,
  type GapUser,
  NoRoleDataError,
  RoleNotTargetedError,
  type SkillGapOptions,
  type SkillGapResult,
  type SkillGapService,
} from './gap/index.js';
export {
  recoverPendingIngestion,
  removePostingsLastSeenBefore,
  upgradeRollupFormat,
} from './ingestion/index.js';
export {
  LEARNING_STATES,
  type LearningProgressService,
  type LearningProgressSnapshot,
  type LearningRoadmap,
  type LearningRoadmapOptions,
  type LearningRoadmapService,
  type LearningState,
  type MyLearning,
  resourcesForSkills,
  searchResources,
} from './learning/index.js';
export * from './lifecycle/index.js';
export * from './logging/index.js';
export type { MarketTrends, MarketTrendsOptions, MarketTrendsService } from './market/index.js';
export {
  answerMetricsRequest,
  collectProcessMetrics,
  type MetricsAccessSettings,
  metricsRegistry,
  recordCacheLookup,
} from './metrics/index.js';
export { POSTING_SOURCES, type PostingSource } from './postings/index.js';
export * from './projects/index.js';
export * from './queues/index.js';
export type {
  RoleProfile,
  RoleProfileOptions,
  RoleProfileService,
  RoleSkillBand,
  RoleWithPostings,
} from './role-profiles/index.js';
export { POPULAR_ROLES } from './roles/index.js';
export {
  type SkillDirectoryOptions,
  type SkillProfile,
  type SkillProfileOptions,
  type SkillProfileService,
  type SkillSuggestion,
  UnknownSkillError,
} from './skill-profiles/index.js';
export {
  DEFAULT_EXTRACTION_LIMIT,
  extractSkillsFromText,
  MAX_EVIDENCE,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
  SKILL_CATEGORIES,
  type SkillCategory,
  type SkillMatchKind,
} from './skills/index.js';
export { LeasedBudget, RequestThrottle, ThrottleUnavailableError } from './throttling/index.js';
export { EXPERIENCE_LEVELS, type ExperienceLevel } from './users/index.js';
