import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { countOperation, type OperationOutcome } from '../metrics/index.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './error-codes.js';

function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): OperationOutcome {
  if (!errors?.length) return 'success';
  return errors.some((error) => error.extensions?.code === ApiErrorCode.INTERNAL_SERVER_ERROR)
    ? 'server_error'
    : 'client_error';
}

/**
 * Tells the request's log line and the operations metric which operation
 * ran, how it ended and for whom.
 */
export function operationObservationPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          contextValue.observation.operationName = operation?.name?.value ?? null;
          if (operation) contextValue.observation.operationType = operation.operation;
        },
        async willSendResponse({ response, contextValue, request }) {
          const { observation } = contextValue;
          const userId = contextValue.auth.userId;
          if (userId) observation.userId = userId;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          countOperation(
            observation.operationName ?? request.operationName ?? null,
            observation.operationType ?? null,
            outcomeOf(errors),
          );
        },
      };
    },
  };
}
