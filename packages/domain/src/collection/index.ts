export {
  executeCollectionRun,
  FRESHNESS_DAYS,
  failCollectionRun,
  failOrphanedRuns,
  findCollectionRun,
  hasCollectedPostings,
  hasFreshPostings,
  latestCollectionRun,
  ORPHANED_RUN_REASON,
  planAdminRun,
  planAllUsersRun,
  planCollectionRun,
  targetRolesOfAllUsers,
  USER_ROLE_DEFAULTS,
} from './collection.service.js';
export type {
  CollectionRequest,
  CollectionRunView,
  CollectionStatistics,
  CountByName,
  RoleCollectionSummary,
  RoleSchedulingOutcome,
} from './collection.types.js';
export {
  COLLECTION_RUN_STATES,
  COLLECTION_TRIGGERS,
  type CollectionRunState,
  type CollectionTrigger,
} from './collection-run.model.js';
export { creditsUsedOn, ensureCollectionRunIndexes } from './collection-run.repository.js';
export { collectionStatistics } from './collection-statistics.js';
export {
  CollectionAbortedError,
  type CollectionContext,
  collectRole,
  type RoleCollectionRequest,
} from './role-collector.js';
export { runFailureReason } from './run-failure-reason.js';
