import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type FieldProblem } from '@career-navigator/domain';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import {
  ApiErrorCode,
  CLIENT_FACING_CODES,
  CODE_BY_DOMAIN_KIND,
  DOCUMENTED_CODE_FOR,
  DOCUMENTED_CODES,
} from './error-codes.js';
import { coercedField, maskInputValues, withoutSuggestions } from './error-messages.js';

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

export interface ErrorFormatOptions {
  /** Production leaves out graphql-js's "Did you mean ...?" suggestions of schema names. */
  hideSuggestions: boolean;
}

/**
 * An error Apollo or graphql-js wrote for the client, with every input value
 * taken out of its message (and suggestions too when asked), the variable it
 * is about named, and its code one of the documented ones.
 */
function fromClientFacingError(
  formatted: GraphQLFormattedError,
  code: string,
  options: ErrorFormatOptions,
): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  let message = maskInputValues(formatted.message);
  if (options.hideSuggestions) message = withoutSuggestions(message);
  const field = coercedField(formatted.message);
  const documentedCode = DOCUMENTED_CODES.has(code)
    ? code
    : (DOCUMENTED_CODE_FOR[code] ?? ApiErrorCode.BAD_REQUEST);
  return withExtensions(formatted, message, {
    ...extensions,
    ...(field ? { field } : {}),
    code: documentedCode,
  });
}

/** Apollo's formatError hook, given the server's options. */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatOptions = { hideSuggestions: true },
): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  if (cause instanceof DomainError) return fromDomainError(formatted, cause);
  if (cause instanceof ArgumentValidationError) return fromArgumentValidation(formatted, cause);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_FACING_CODES.has(code)) {
    return fromClientFacingError(formatted, code, options);
  }
  return withExtensions(formatted, INTERNAL_ERROR_MESSAGE, { code: ApiErrorCode.INTERNAL_SERVER_ERROR });
}
