export { countOperation, MAX_OPERATION_NAMES, type OperationOutcome } from './graphql-metrics.js';
export { httpMetrics, routeOf } from './http-metrics.js';
export { metricsRoute } from './metrics-route.js';
