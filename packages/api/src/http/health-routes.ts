import type { AppConfig } from '@career-navigator/domain';
import { Router } from 'express';
import type { Redis } from 'ioredis';
import { checkReadiness, liveness } from '../health/index.js';

/**
 * GET /health: liveness, answered without touching a store.
 * GET /ready: 200 when MongoDB and Redis answer, else 503 naming the one that did not.
 */
export function healthRoutes(config: AppConfig, redis: Redis): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json(liveness(config));
  });
  router.get('/ready', async (_req, res) => {
    const { ready, checks } = await checkReadiness(redis);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  });
  return router;
}
