export {
  AppliedContribution,
  Coordinates,
  JobPosting,
  JobPostingModel,
  POSTING_SOURCES,
  type PostingSource,
} from './job-posting.model.js';
export type { MappedPosting } from './mapped-posting.js';
export * from './mapping/index.js';
export { lastCollectedAt, RoleActivity, RoleActivityModel, recordRoleActivity } from './role-activity.js';
