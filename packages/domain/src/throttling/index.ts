export {
  DEFAULT_THROTTLE_KEY_PREFIX,
  RequestThrottle,
  type RequestThrottleOptions,
  THROTTLE_TIMEOUT_MS,
  type ThrottleCounter,
  ThrottleUnavailableError,
} from './request-throttle.js';
