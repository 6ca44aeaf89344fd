import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/**
 * packages/web's production build, next to this package in the repository (the same from
 * `src/` under SWC and from `dist/`).
 */
export const DEFAULT_WEB_APP_DIRECTORY = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * Paths the history fallback never answers: the API's own, and missing assets (a 404, not a
 * page, so a stale script reference fails visibly).
 */
const NOT_A_PAGE = /^\/(graphql|health|ready|metrics|admin|assets)(\/|$)/;

/** Whether a built site is there to serve. */
export function hasWebApp(directory: string): boolean {
  return existsSync(path.join(directory, 'index.html'));
}

/**
 * The web client at `/`: its hashed assets cached for a year, and index.html (never cached, so a
 * deployment is seen at once) for any other page a browser asks for, so client-side routes
 * survive a reload. Mounted after the API's own routes.
 */
export function webAppRoutes(directory: string): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(directory, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  );
  router.use(express.static(directory, { index: false, maxAge: 0 }));
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      NOT_A_PAGE.test(req.path) ||
      !req.accepts('html')
    ) {
      return next();
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(path.join(directory, 'index.html'));
  });
  return router;
}
