export { CollectionService, type CollectionServiceOptions } from './collection.service.js';
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
} from './collection-runs.js';
export { collectionStatistics } from './collection-statistics.js';
export { chooseJobSource, DEMO_SEED, type JobSource, postingSourceOf } from './job-source.js';
export {
  CollectionAbortedError,
  type CollectionContext,
  collectRole,
  type RoleCollectionRequest,
} from './role-collector.js';
export { enqueueRoleCollections, requestCollectionRun } from './role-scheduling.js';
export { runFailureReason } from './run-failure-reason.js';
