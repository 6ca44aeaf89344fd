export {
  AuthenticationError,
  ConflictError,
  DomainError,
  type DomainErrorKind,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from './domain-errors.js';
