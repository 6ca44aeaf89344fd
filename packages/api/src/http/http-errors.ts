import type { Logger } from '@career-navigator/domain';
import type { ErrorRequestHandler } from 'express';
import { ApiErrorCode, INTERNAL_ERROR_MESSAGE } from '../graphql/index.js';
import { requestIdOf } from './request-id.js';

interface HttpParseFailure {
  status: number;
  type: string;
}

/** body-parser's failures carry a 4xx status and a type ('entity.too.large', 'entity.parse.failed', ...). */
function asClientFailure(error: unknown): HttpParseFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type } = error as Partial<HttpParseFailure>;
  if (typeof status !== 'number' || status < 400 || status >= 500 || typeof type !== 'string')
    return undefined;
  return { status, type };
}

const CLIENT_FAILURE_MESSAGES: Readonly<Record<string, string>> = {
  'entity.too.large': 'The request body is too large',
  'entity.parse.failed': 'The request body is not valid JSON',
};

/**
 * Errors raised outside GraphQL execution (body parsing, routing), answered in
 * the GraphQL error shape so clients need one error reader.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const clientFailure = asClientFailure(error);
    if (clientFailure) {
      res.status(clientFailure.status).json({
        errors: [
          {
            message: CLIENT_FAILURE_MESSAGES[clientFailure.type] ?? 'The request could not be read',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    const requestId = requestIdOf(res);
    logger.error({ err: error, requestId }, 'unexpected error while handling an HTTP request');
    res.status(500).json({
      errors: [
        {
          message: INTERNAL_ERROR_MESSAGE,
          extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, requestId },
        },
      ],
    });
  };
}
