export { mapTheirStackJob, type TheirStackJobContext, UNKNOWN_COMPANY } from './theirstack-job.mapper.js';
