export { failRunOfExhaustedJob, failRunsWithoutLiveJobs, type RunEndingsOptions } from './run-endings.js';
