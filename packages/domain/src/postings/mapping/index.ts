export { mapTheirStackJob } from './theirstack-job.mapper.js';
