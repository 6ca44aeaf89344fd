import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What the API said went wrong, in the terms of its `extensions`. */
export interface ApiProblem {
  code: string;
  message: string;
  /** BAD_USER_INPUT: the offending argument or input field. */
  field?: string;
  /** NOT_FOUND: close names, e.g. role spellings. */
  suggestions: string[];
  /** NOT_FOUND: related names that have data. */
  alternatives: string[];
  /** RATE_LIMITED: when to try again. */
  retryAfterSeconds?: number;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The first GraphQL error of a failed operation, or a network problem. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0]!;
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      message: first.message,
      ...(typeof extensions.field === 'string' ? { field: extensions.field } : {}),
      suggestions: stringList(extensions.suggestions),
      alternatives: stringList(extensions.alternatives),
      ...(typeof extensions.retryAfterSeconds === 'number'
        ? { retryAfterSeconds: extensions.retryAfterSeconds }
        : {}),
    };
  }
  return {
    code: 'NETWORK_ERROR',
    message: 'The server could not be reached. Check your connection and try again.',
    suggestions: [],
    alternatives: [],
  };
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === code);
}
