import { exhaustedWindowResetMs, parseRateLimitHeaders, type ResponseHeaders } from './rate-limit-headers.js';

/**
 * When to try a TheirStack request again. Transient failures (network, 429,
 * 5xx) are retried; the wait is what the server asked for when it said so,
 * otherwise exponential backoff with jitter.
 */
export interface BackoffOptions {
  /** Wait before the first retry; doubles for each further one. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** Each wait is scaled by a random factor in [1 - jitterRatio, 1 + jitterRatio]. */
  readonly jitterRatio: number;
  /** A server asking for a longer wait than this ends the retries, so a caller can reschedule instead. */
  readonly maxServerWaitMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  baseMs: 1_000,
  maxMs: 10_000,
  jitterRatio: 0.2,
  maxServerWaitMs: 60_000,
};

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** `retryNumber` is 1 for the first retry. */
export function backoffDelayMs(retryNumber: number, options: BackoffOptions, random: () => number): number {
  const exponential = options.baseMs * 2 ** (retryNumber - 1);
  const jitterFactor = 1 - options.jitterRatio + 2 * options.jitterRatio * random();
  return Math.round(Math.min(options.maxMs, exponential * jitterFactor));
}

/** Retry-After holds either delay-seconds or an HTTP date. */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number.parseFloat(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * The wait the server asked for: Retry-After when present, else (on 429)
 * the reset of the exhausted rate-limit window. Undefined when it said nothing.
 */
export function serverRequestedWaitMs(
  status: number,
  headers: ResponseHeaders,
  nowMs: number,
): number | undefined {
  const retryAfter = headers['retry-after'];
  const fromRetryAfter = parseRetryAfterMs(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, nowMs);
  if (fromRetryAfter !== undefined) return fromRetryAfter;
  return status === 429 ? exhaustedWindowResetMs(parseRateLimitHeaders(headers)) : undefined;
}
