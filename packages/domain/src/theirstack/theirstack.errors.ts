/**
 * Infrastructure failures of the TheirStack API. Messages name the endpoint,
 * the status and the API's own explanation, never the API key.
 */
export class TheirStackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Refused before sending: the request breaks a rule the API would reject it for. */
export class TheirStackInvalidRequestError extends TheirStackError {
  constructor(readonly problems: readonly string[]) {
    super(`TheirStack search request refused before sending: ${problems.join('; ')}`);
  }
}

/** The error body TheirStack (or FastAPI in front of it) sent, reduced to what callers need. */
export interface TheirStackErrorDetails {
  readonly status: number;
  readonly code: string | null;
  readonly title: string;
  readonly description: string | null;
}

function describeFailure(endpoint: string, details: TheirStackErrorDetails): string {
  const explanation = details.description ? `${details.title}: ${details.description}` : details.title;
  return `TheirStack ${endpoint} failed with ${details.status} (${explanation})`;
}

/** Shared by the HTTP-status errors so each carries the parsed body. */
abstract class TheirStackHttpError extends TheirStackError {
  readonly status: number;
  readonly code: string | null;
  readonly title: string;
  readonly description: string | null;

  constructor(endpoint: string, details: TheirStackErrorDetails) {
    super(describeFailure(endpoint, details));
    this.status = details.status;
    this.code = details.code;
    this.title = details.title;
    this.description = details.description;
  }
}

/** 401 or 403: the key is missing, wrong or not allowed. Retrying cannot help. */
export class TheirStackAuthenticationError extends TheirStackHttpError {}

/** Any other 4xx (400, 402, 422, ...): the request or the account must change first. */
export class TheirStackClientError extends TheirStackHttpError {}

export interface RetryFailure {
  readonly attempts: number;
  /** The last HTTP status, or null when the last attempt failed on the network. */
  readonly lastStatus: number | null;
  /** A network error code such as ECONNRESET or ETIMEDOUT, when there was one. */
  readonly lastErrorCode: string | null;
  /** Set when the server asked for a longer wait than the client is willing to sleep. */
  readonly retryAfterMs: number | null;
}

/** A transient failure (network, timeout, 429, 5xx) that outlasted the retry budget. */
export class TheirStackRetryableError extends TheirStackError {
  readonly attempts: number;
  readonly lastStatus: number | null;
  readonly lastErrorCode: string | null;
  readonly retryAfterMs: number | null;

  constructor(endpoint: string, failure: RetryFailure) {
    const cause =
      failure.lastStatus === null
        ? (failure.lastErrorCode ?? 'network error')
        : `status ${failure.lastStatus}`;
    const wait = failure.retryAfterMs === null ? '' : `; the server asked to wait ${failure.retryAfterMs} ms`;
    super(`TheirStack ${endpoint} failed after ${failure.attempts} attempt(s), last with ${cause}${wait}`);
    this.attempts = failure.attempts;
    this.lastStatus = failure.lastStatus;
    this.lastErrorCode = failure.lastErrorCode;
    this.retryAfterMs = failure.retryAfterMs;
  }
}

/** A 2xx whose body is not the JSON the API documents. */
export class TheirStackResponseError extends TheirStackError {
  constructor(
    endpoint: string,
    readonly status: number,
    reason: string,
  ) {
    super(`TheirStack ${endpoint} returned ${status} with an unusable body: ${reason}`);
  }
}
