import { metricsRegistry } from '@career-navigator/domain';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram } from 'prom-client';

const labelNames = ['method', 'route', 'status_code'] as const;

const requests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route and status code.',
  labelNames,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time from receiving an HTTP request to the end of its response, by method, route and status code.',
  labelNames,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/**
 * The route that answered, as mounted (`/graphql`, `/health`, `/admin/queues`),
 * never the raw URL, so paths a client invents do not become label values.
 */
export function routeOf(req: Request): string {
  const route = `${req.baseUrl ?? ''}${typeof req.route?.path === 'string' ? req.route.path : ''}`;
  return route === '' ? 'unmatched' : route;
}

/** Counts and times every request once its response is finished. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const stopTimer = duration.startTimer();
  res.once('finish', () => {
    const labels = { method: req.method, route: routeOf(req), status_code: String(res.statusCode) };
    requests.inc(labels);
    stopTimer(labels);
  });
  next();
}
