export { CollectionService } from './collection.service.js';
export type { CollectionRequest, CollectionRunView, CollectionStatistics } from './collection.types.js';
export {
  COLLECTION_RUN_STATES,
  COLLECTION_TRIGGERS,
  type CollectionRunState,
  type CollectionTrigger,
} from './collection-run.model.js';
export { ensureCollectionRunIndexes } from './collection-run.repository.js';
export { findCollectionRun, ORPHANED_RUN_REASON, USER_ROLE_DEFAULTS } from './collection-runs.js';
export type { JobSource } from './job-source.js';
export { collectRole } from './role-collector.js';
export { requestCollectionRun } from './role-scheduling.js';
