import type { IncomingMessage, ServerResponse } from 'node:http';
import { type MetricsAccessSettings, metricsAccess } from './metrics-access.js';
import { metricsRegistry } from './metrics-registry.js';

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/**
 * Answers a GET /metrics in Prometheus text format, for the api's route and
 * the worker's own port alike: 404 when the endpoint is off (production
 * without METRICS_TOKEN), 401 without the configured token.
 */
export async function answerMetricsRequest(
  settings: MetricsAccessSettings,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const access = metricsAccess(settings, req.headers.authorization);
  if (access === 'disabled') return plain(res, 404, 'Not found');
  if (access === 'unauthorized') {
    return plain(res, 401, 'Unauthorized', { 'www-authenticate': 'Bearer realm="metrics"' });
  }
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' }).end(body);
}
