export {
  PROBE_REQUEST,
  type TheirStackJobSearcher,
  type TheirStackSearchResult,
} from './job-searcher.js';
export {
  exhaustedWindowResetMs,
  formatRateLimitHeaders,
  parseRateLimitHeaders,
  type RateLimitWindowState,
} from './rate-limit-headers.js';
export {
  createInMemoryRateLimiter,
  createRedisRateLimiter,
  type InMemoryRateLimiterOptions,
  type RedisRateLimiterOptions,
  type RequestRateLimiter,
  type RequestRateOptions,
  requestRateWindows,
} from './request-rate-limiter.js';
export { type BackoffOptions, DEFAULT_BACKOFF } from './retry-policy.js';
export {
  checkSearchRequest,
  compileApiPattern,
  hasRequiredFilter,
  REQUIRED_FILTER_FIELDS,
  type TheirStackApiProblem,
} from './search-request-rules.js';
export { type RateLimitWindow, SlidingWindowLog } from './sliding-window-log.js';
export {
  TheirStackClient,
  type TheirStackClientOptions,
  type TheirStackCreditBalance,
} from './theirstack.client.js';
export {
  TheirStackAuthenticationError,
  TheirStackClientError,
  TheirStackError,
  type TheirStackErrorDetails,
  TheirStackInvalidRequestError,
  TheirStackResponseError,
  TheirStackRetryableError,
} from './theirstack.errors.js';
export type {
  TheirStackCompany,
  TheirStackErrorBody,
  TheirStackJob,
  TheirStackJobSearchRequest,
  TheirStackJobSearchResponse,
  TheirStackLocation,
} from './theirstack.types.js';
