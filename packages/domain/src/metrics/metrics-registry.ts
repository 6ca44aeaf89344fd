import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The one registry of the process: the domain's own metrics (collection,
 * TheirStack, caches) and those the api or the worker add register here, so
 * each process has a single /metrics.
 */
export const metricsRegistry = new Registry();

let processMetricsOn = false;

/** Node's own metrics (event-loop lag, heap, GC, CPU, handles), once per process. */
export function collectProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
