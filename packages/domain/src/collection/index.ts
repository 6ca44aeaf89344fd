export {
  executeCollectionRun,
  FRESHNESS_DAYS,
  failCollectionRun,
  failOrphanedRuns,
  hasFreshPostings,
  ORPHANED_RUN_REASON,
  planAllUsersRun,
  planCollectionRun,
  planUserRun,
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
  CollectionRun,
  CollectionRunModel,
  type CollectionRunState,
  type CollectionTrigger,
  CreditUsageModel,
} from './collection-run.model.js';
export { findCollectionRun, latestCollectionRun } from './collection-runs.js';
export { collectionStatistics } from './collection-statistics.js';
export { creditsUsedOn } from './credit-ledger.js';
export {
  CollectionAbortedError,
  type CollectionContext,
  collectRole,
  type RoleCollectionRequest,
} from './role-collector.js';
export { runFailureReason } from './run-failure-reason.js';
