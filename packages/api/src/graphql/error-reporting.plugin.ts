import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '@career-navigator/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './error-codes.js';
import { isUnexpectedError } from './error-mapping.js';

function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (error.extensions?.code !== ApiErrorCode.INTERNAL_SERVER_ERROR) return error;
  return { ...error, extensions: { ...error.extensions, requestId } };
}

/**
 * Logs each unexpected error once, with its stack and the request id, and
 * hands the same id to the client so a report can be matched to the log line.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isUnexpectedError(error)) continue;
            logger.error(
              {
                err: unwrapResolverError(error),
                requestId: contextValue.requestId,
                operationName: operationName ?? null,
                path: error.path ?? null,
              },
              'unexpected error while handling a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = result.errors.map((error) => withRequestId(error, contextValue.requestId));
        },
      };
    },
  };
}
