export { observeQueueDepths, observeWorker } from './job-metrics.js';
export { type MetricsServer, startMetricsServer } from './metrics-server.js';
