export type { FakeTheirStackFault } from './fake-server-faults.js';
export {
  type FakeTheirStackServer,
  type FakeTheirStackServerOptions,
  FREE_PLAN_RATE_LIMITS,
  PAID_PLAN_RATE_LIMITS,
  type RecordedRequest,
  startFakeTheirStackServer,
} from './fake-theirstack-server.js';
export { FIXED_NOW, testJob } from './job-fixtures.js';
