export { LEASE_SHARE, LeasedBudget, type LeasedBudgetOptions } from './leased-budget.js';
export {
  RequestThrottle,
  type Reservation,
  type ThrottleCounter,
  ThrottleUnavailableError,
} from './request-throttle.js';
