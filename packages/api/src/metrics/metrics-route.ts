import { type AppConfig, answerMetricsRequest, collectProcessMetrics } from '@career-navigator/domain';
import { Router } from 'express';

/**
 * GET /metrics in Prometheus text format: off (404) in production unless
 * METRICS_TOKEN is configured, and then only for whoever presents it (401 otherwise).
 */
export function metricsRoute(config: AppConfig): Router {
  const settings = { isProduction: config.isProduction, token: config.metrics.token };
  collectProcessMetrics();
  const router = Router();
  router.get('/metrics', (req, res, next) => {
    answerMetricsRequest(settings, req, res).catch(next);
  });
  return router;
}
