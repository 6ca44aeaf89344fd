import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@career-navigator/domain';
import type { Response } from 'express';
import { pinoHttp } from 'pino-http';
import { requestIdOf } from './request-id.js';
import { observationOf } from './request-observation.js';

/** The path alone: a GET query string may carry a GraphQL query and its variables. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?', 1)[0] ?? '';
}

/**
 * One line per request, written when its response is finished: request id
 * (also in the x-request-id header), method, path, status, duration, the
 * GraphQL operation's name and type, and the user id when signed in. Headers,
 * bodies, variables and query strings are never logged.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (_req: IncomingMessage, res: ServerResponse) => requestIdOf(res as Response),
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { originalUrl?: string }) => ({
        method: req.method,
        path: pathOf(req.originalUrl ?? req.url),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customProps: (_req: IncomingMessage, res: ServerResponse) => {
      const { operationName, operationType, userId } = observationOf(res as Response);
      return {
        ...(operationType ? { graphql: { operationName: operationName ?? null, operationType } } : {}),
        ...(userId ? { userId } : {}),
      };
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    quietReqLogger: true,
  });
}
