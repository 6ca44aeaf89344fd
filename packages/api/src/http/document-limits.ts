import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql/index.js';
import { LRUCache } from 'lru-cache';
import { assertDocumentWithinLimits, type QueryLimits } from '../graphql/index.js';

function documentOf(body: unknown, query: unknown): unknown {
  if (typeof body === 'object' && body !== null && 'query' in body) return body.query;
  if (typeof query === 'object' && query !== null && 'query' in query) return query.query;
  return undefined;
}

/**
 * Documents already measured and found within the limits, by their text. A client sends the
 * same few documents over and over (only the variables change), so each is parsed and
 * measured once, not on every request. Bounded in count and in characters (about 4 MB).
 */
const ACCEPTED_DOCUMENTS = { max: 1_000, maxCharacters: 2_000_000 };

/**
 * Measures the GraphQL document of a request before Apollo parses and
 * validates it, and answers a document too large, too wide or too deep
 * with its code (HTTP 400) in milliseconds. Apollo's plugins run only after
 * validation, which is what a fragment bomb makes exponential.
 */
export function refuseOversizedDocuments(limits: QueryLimits): RequestHandler {
  const accepted = new LRUCache<string, true>({
    max: ACCEPTED_DOCUMENTS.max,
    maxSize: ACCEPTED_DOCUMENTS.maxCharacters,
    sizeCalculation: (_accepted, document) => Math.max(1, document.length),
  });
  return (req, res, next) => {
    const document = documentOf(req.body, req.query);
    if (typeof document !== 'string' || accepted.get(document)) {
      next();
      return;
    }
    try {
      assertDocumentWithinLimits(document, limits);
      accepted.set(document, true);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const { http: _http, ...extensions } = error.extensions;
      res.status(400).json({ errors: [{ message: error.message, extensions }] });
      return;
    }
    next();
  };
}
