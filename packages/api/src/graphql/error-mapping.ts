import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type FieldProblem } from '@career-navigator/domain';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ApiErrorCode, CLIENT_FACING_CODES, CODE_BY_DOMAIN_KIND } from './error-codes.js';

/**
 * The one place where failures become GraphQL errors. Domain errors keep their
 * message and client-safe details under their code; argument validation
 * becomes BAD_USER_INPUT naming the fields; Apollo's own request errors pass
 * through; everything else is masked, its details left to the log.
 */

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

type Extensions = Record<string, unknown>;

function withExtensions(
  formatted: GraphQLFormattedError,
  message: string,
  extensions: Extensions,
): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

function fieldExtensions(problems: readonly FieldProblem[]): Extensions {
  return { field: problems[0]?.field, fields: problems };
}

function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
}

function fromDomainError(formatted: GraphQLFormattedError, error: DomainError): GraphQLFormattedError {
  const code = CODE_BY_DOMAIN_KIND[error.kind];
  const problems = error.details.fields as readonly FieldProblem[] | undefined;
  return withExtensions(formatted, error.message, {
    ...error.details,
    ...(problems ? fieldExtensions(problems) : {}),
    code,
  });
}

/** class-validator nests the problems of input objects; the deepest property path names the field. */
function flattenValidationErrors(errors: readonly ClassValidatorError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function fromArgumentValidation(
  formatted: GraphQLFormattedError,
  error: ArgumentValidationError,
): GraphQLFormattedError {
  const problems = flattenValidationErrors(error.extensions.validationErrors);
  return withExtensions(formatted, describeProblems(problems), {
    code: ApiErrorCode.BAD_USER_INPUT,
    ...fieldExtensions(problems),
  });
}

/** True when the client gets a generic message and the error belongs in the error log. */
export function isUnexpectedError(error: unknown): boolean {
  const cause = unwrapResolverError(error);
  if (cause instanceof DomainError || cause instanceof ArgumentValidationError) return false;
  const code = (error as { extensions?: Extensions }).extensions?.code;
  return !CLIENT_FACING_CODES.has(code);
}

/** Apollo's formatError hook. */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  if (cause instanceof DomainError) return fromDomainError(formatted, cause);
  if (cause instanceof ArgumentValidationError) return fromArgumentValidation(formatted, cause);
  const code = formatted.extensions?.code;
  if (CLIENT_FACING_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return withExtensions(formatted, formatted.message, extensions);
  }
  return withExtensions(formatted, INTERNAL_ERROR_MESSAGE, { code: ApiErrorCode.INTERNAL_SERVER_ERROR });
}
