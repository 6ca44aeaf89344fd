import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql/index.js';
import { assertDocumentWithinLimits, type QueryLimits } from '../graphql/index.js';

function documentOf(body: unknown, query: unknown): unknown {
  if (typeof body === 'object' && body !== null && 'query' in body) return body.query;
  if (typeof query === 'object' && query !== null && 'query' in query) return query.query;
  return undefined;
}

/**
 * Measures the GraphQL document of a request before Apollo parses and
 * validates it, and answers a document too large, too wide or too deep
 * with its code (HTTP 400) in milliseconds. Apollo's plugins run only after
 * validation, which is what a fragment bomb makes exponential.
 */
export function refuseOversizedDocuments(limits: QueryLimits): RequestHandler {
  return (req, res, next) => {
    const document = documentOf(req.body, req.query);
    if (typeof document !== 'string') {
      next();
      return;
    }
    try {
      assertDocumentWithinLimits(document, limits);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const { http: _http, ...extensions } = error.extensions;
      res.status(400).json({ errors: [{ message: error.message, extensions }] });
      return;
    }
    next();
  };
}
