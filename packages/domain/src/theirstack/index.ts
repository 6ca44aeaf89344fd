export {
  PROBE_REQUEST,
  type TheirStackJobSearcher,
  type TheirStackSearchResult,
} from './job-searcher.js';
export { formatRateLimitHeaders } from './rate-limit-headers.js';
export { createRedisRateLimiter } from './request-rate-limiter.js';
export { checkSearchRequest, compileApiPattern, type TheirStackApiProblem } from './search-request-rules.js';
export { type RateLimitWindow, SlidingWindowLog } from './sliding-window-log.js';
export { TheirStackClient } from './theirstack.client.js';
export { TheirStackAuthenticationError, TheirStackClientError } from './theirstack.errors.js';
export type {
  TheirStackCompany,
  TheirStackErrorBody,
  TheirStackJob,
  TheirStackJobSearchRequest,
  TheirStackJobSearchResponse,
  TheirStackLocation,
} from './theirstack.types.js';
