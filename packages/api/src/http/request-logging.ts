import { performance } from 'node:perf_hooks';
import type { Logger } from '@career-navigator/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { requestIdOf } from './request-id.js';
import { observationOf } from './request-observation.js';

/** The path alone: a GET query string may carry a GraphQL query and its variables. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Milliseconds to one decimal. */
const roundedMs = (ms: number) => Math.round(ms * 10) / 10;

/**
 * One line per request, written when its response is finished (or its connection closed
 * first): request id (also in the x-request-id header), method, path, status, duration, the
 * GraphQL operation's name and type, and the user id when signed in. Headers, bodies,
 * variables and query strings are never logged. A status of 500 or more is logged as an
 * error ("request failed").
 *
 * One logger call per request and no child loggers: pino-http, used before, made three
 * child loggers per request, and with redaction configured each child re-ran the redaction
 * set-up over its bindings, about a sixth of everything a request allocated.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = performance.now();
    const path = pathOf(req.originalUrl ?? req.url);
    const complete = () => {
      res.off('finish', complete);
      res.off('close', complete);
      const { statusCode } = res;
      const failed = statusCode >= 500;
      if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
      const { operationName, operationType, userId } = observationOf(res);
      const line = {
        requestId: requestIdOf(res),
        req: { method: req.method, path },
        ...(operationType ? { graphql: { operationName: operationName ?? null, operationType } } : {}),
        ...(userId ? { userId } : {}),
        res: { statusCode },
        durationMs: roundedMs(performance.now() - startedAt),
      };
      if (failed) {
        logger.error({ ...line, err: new Error(`failed with status code ${statusCode}`) }, 'request failed');
      } else {
        logger.info(line, 'request completed');
      }
    };
    res.on('finish', complete);
    res.on('close', complete);
    next();
  };
}
