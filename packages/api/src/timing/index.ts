export { DeadlineExceededError, withDeadline } from './deadline.js';
