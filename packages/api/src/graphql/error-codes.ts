import { ApolloServerErrorCode, ApolloServerValidationErrorCode } from '@apollo/server/errors';
import type { DomainErrorKind } from '@career-navigator/domain';

/** Every `extensions.code` this API sends, beyond the ones Apollo itself uses. */
export const ApiErrorCode = {
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;

export const CODE_BY_DOMAIN_KIND: Readonly<Record<DomainErrorKind, string>> = {
  validation: ApiErrorCode.BAD_USER_INPUT,
  not_found: ApiErrorCode.NOT_FOUND,
  conflict: ApiErrorCode.CONFLICT,
  unauthenticated: ApiErrorCode.UNAUTHENTICATED,
  forbidden: ApiErrorCode.FORBIDDEN,
  rate_limited: ApiErrorCode.RATE_LIMITED,
};

/**
 * Codes whose messages were written for clients (by Apollo, graphql-js
 * validation or this API's request limits); any other error is masked.
 */
export const CLIENT_FACING_CODES: ReadonlySet<unknown> = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerValidationErrorCode.INTROSPECTION_DISABLED,
  ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED,
  ApiErrorCode.QUERY_TOO_DEEP,
  ApiErrorCode.QUERY_TOO_COMPLEX,
  ApiErrorCode.RATE_LIMITED,
]);

/** The codes packages/api/README.md documents: no response carries another. */
export const DOCUMENTED_CODES: ReadonlySet<unknown> = new Set<string>([
  ...Object.values(ApiErrorCode),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
]);

/** Apollo's client-facing codes outside the documented list, and the documented one each answers with. */
export const DOCUMENTED_CODE_FOR: Readonly<Record<string, string>> = {
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: ApiErrorCode.BAD_REQUEST,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: ApiErrorCode.BAD_REQUEST,
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: ApiErrorCode.BAD_REQUEST,
  [ApolloServerValidationErrorCode.INTROSPECTION_DISABLED]: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  [ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED]: ApiErrorCode.QUERY_TOO_COMPLEX,
};
