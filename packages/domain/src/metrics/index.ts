export { recordCacheLookup } from './cache-metrics.js';
export { postingsIngested, theirStackCreditsUsed, theirStackRequests } from './collection-metrics.js';
export type { MetricsAccessSettings } from './metrics-access.js';
export { answerMetricsRequest } from './metrics-endpoint.js';
export { collectProcessMetrics, metricsRegistry } from './metrics-registry.js';
