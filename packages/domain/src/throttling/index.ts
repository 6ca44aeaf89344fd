export { RequestThrottle, type ThrottleCounter, ThrottleUnavailableError } from './request-throttle.js';
