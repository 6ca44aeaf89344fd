import type { RequestHandler } from 'express';
import { ApiErrorCode } from '../graphql/index.js';

function asksForPersistedQuery(body: unknown, query: unknown): boolean {
  const extensions =
    (typeof body === 'object' && body !== null && 'extensions' in body && body.extensions) ||
    (typeof query === 'object' && query !== null && 'extensions' in query && query.extensions);
  if (typeof extensions === 'string') return extensions.includes('persistedQuery');
  return typeof extensions === 'object' && extensions !== null && 'persistedQuery' in extensions;
}

/**
 * This API serves no persisted queries: a request using the extension is a
 * malformed request (BAD_REQUEST, HTTP 400) like any other, not Apollo's
 * PERSISTED_QUERY_NOT_SUPPORTED answered with HTTP 200.
 */
export const refusePersistedQueries: RequestHandler = (req, res, next) => {
  if (!asksForPersistedQuery(req.body, req.query)) {
    next();
    return;
  }
  res.status(400).json({
    errors: [
      {
        message: 'Persisted queries are not supported: send the document in `query`',
        extensions: { code: ApiErrorCode.BAD_REQUEST },
      },
    ],
  });
};
