export { HealthResolver, liveness } from './health.resolver.js';
export { checkReadiness, type DependencyState, READINESS_TIMEOUT_MS, type Readiness } from './readiness.js';
