import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
// The explicit CommonJS entry, which Apollo and type-graphql load too: under Vitest a bare
// 'graphql' resolves to the ESM build, a second copy whose classes graphql refuses to mix.
import { GraphQLError, type GraphQLSchema } from 'graphql/index.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './error-codes.js';
import { operationDepth } from './operation-depth.js';

// The package's ESM build imports graphql's .mjs files, a second copy of graphql next to the
// CommonJS one Apollo and type-graphql load, and graphql refuses schemas from another copy.
// Its CommonJS build shares ours.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export interface QueryLimits {
  /** Deepest field nesting an operation may reach. */
  maxDepth: number;
  /** Highest estimated cost: one per field, list fields multiplied by their size arguments. */
  maxComplexity: number;
}

/**
 * Room for every operation the product's clients send (the costliest, a
 * market report selecting every field with 50 skills, is about 2,200) while
 * refusing aliased or nested queries built to make one request do the work of
 * many.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxComplexity: 3_000 };

function limitExceeded(message: string, code: string, facts: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...facts, http: { status: 400 } } });
}

/**
 * The estimate reads the variables before execution does, so a variable of
 * the wrong type surfaces here first; it gets the code execution would give it.
 */
function estimateComplexity(estimate: () => number): number {
  try {
    return estimate();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: ApiErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
}

/** Refuses an operation before it runs when it is too deep or too costly (HTTP 400). */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
): ApolloServerPlugin<ApiContext> {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const depth = operationDepth(document, operationName);
          if (depth > limits.maxDepth) {
            throw limitExceeded(
              `The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed`,
              ApiErrorCode.QUERY_TOO_DEEP,
              { depth, maxDepth: limits.maxDepth },
            );
          }
          const complexity = estimateComplexity(() =>
            getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operationName ? { operationName } : {}),
              estimators,
            }),
          );
          if (complexity > limits.maxComplexity) {
            throw limitExceeded(
              `The query costs ${complexity}; at most ${limits.maxComplexity} is allowed`,
              ApiErrorCode.QUERY_TOO_COMPLEX,
              { complexity, maxComplexity: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}
