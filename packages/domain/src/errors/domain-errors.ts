/**
 * Failures the product can explain to its users. They carry no transport
 * details: the API maps each kind to a GraphQL code at its edge.
 */
export type DomainErrorKind =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Extra, client-safe facts (suggestions, offending fields, ...). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class ValidationError extends DomainError {
  readonly kind = 'validation';

  constructor(
    readonly problems: readonly FieldProblem[],
    message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
  ) {
    super(message, { fields: problems });
  }

  static forField(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

export class AuthenticationError extends DomainError {
  readonly kind = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class RateLimitedError extends DomainError {
  readonly kind = 'rate_limited';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}
