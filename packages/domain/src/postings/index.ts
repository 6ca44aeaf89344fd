export { type JobPosting, POSTING_SOURCES, type PostingSource } from './job-posting.model.js';
export type { MappedPosting } from './mapped-posting.js';
export * from './mapping/index.js';
export {
  applyPostingWrites,
  countPostings,
  countPostingsFirstSeenSince,
  ensurePostingIndexes,
  insertNewPostings,
  insertPostings,
  mostFrequentValues,
  type PostingWrite,
  postingsLastSeenBefore,
  readPostingStates,
  type StoredPostingState,
  setContributions,
  streamContributionFields,
} from './posting.repository.js';
export {
  ensureRoleActivityIndexes,
  lastCollectedAt,
  recordRoleActivity,
} from './role-activity.repository.js';
