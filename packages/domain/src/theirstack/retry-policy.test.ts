import { describe, expect, it } from 'vitest';
import {
  exhaustedWindowResetMs,
  formatRateLimitHeaders,
  parseRateLimitHeaders,
} from './rate-limit-headers.js';
import { backoffDelayMs, DEFAULT_BACKOFF, parseRetryAfterMs, serverRequestedWaitMs } from './retry-policy.js';

const NOW = Date.parse('2026-04-10T12:00:00Z');

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('retry policy', () => {
  it('backs off 1 s, 2 s, 4 s, 8 s, then 10 s by default, jittered by up to 20%', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, DEFAULT_BACKOFF, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, () => 0)).toBe(800);
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, () => 0.999_999)).toBe(1_200);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    expect(parseRetryAfterMs('3', NOW)).toBe(3_000);
    expect(parseRetryAfterMs(' 1.5 ', NOW)).toBe(1_500);
    expect(parseRetryAfterMs('Fri, 10 Apr 2026 12:00:05 GMT', NOW)).toBe(5_000);
    expect(parseRetryAfterMs('Fri, 10 Apr 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfterMs('soon', NOW)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, NOW)).toBeUndefined();
  });

  it('prefers Retry-After, then the reset of the exhausted window (429 only)', () => {
    const headers = lowerCased({
      ...formatRateLimitHeaders([
        { name: 'per-second', limit: 4, windowSeconds: 1, remaining: 2, resetSeconds: 1 },
        { name: 'per-minute', limit: 10, windowSeconds: 60, remaining: 0, resetSeconds: 42 },
      ]),
    });
    expect(serverRequestedWaitMs(429, headers, NOW)).toBe(42_000);
    expect(serverRequestedWaitMs(429, { ...headers, 'retry-after': '2' }, NOW)).toBe(2_000);
    expect(serverRequestedWaitMs(503, headers, NOW)).toBeUndefined();
    expect(serverRequestedWaitMs(429, {}, NOW)).toBeUndefined();
  });
});

describe('rate-limit headers', () => {
  it('round-trips the list headers with window names', () => {
    const headers = formatRateLimitHeaders([
      { name: 'per-second', limit: 4, windowSeconds: 1, remaining: 3, resetSeconds: 1 },
      { name: 'per-day', limit: 400, windowSeconds: 86_400, remaining: 0, resetSeconds: 3_600 },
    ]);
    expect(headers['RateLimit-Policy']).toBe('"per-second";q=4;w=1, "per-day";q=400;w=86400');
    expect(parseRateLimitHeaders(lowerCased(headers))).toEqual([
      { name: 'per-second', limit: 4, remaining: 3, resetSeconds: 1 },
      { name: 'per-day', limit: 400, remaining: 0, resetSeconds: 3_600 },
    ]);
  });

  it('reads the structured RateLimit header when the lists are absent', () => {
    const states = parseRateLimitHeaders({
      ratelimit: '"per-second";r=0;t=1;pk="abc", "per-minute";r=0;t=30',
      'ratelimit-policy': '"per-second";q=4;w=1, "per-minute";q=10;w=60',
    });
    expect(states).toEqual([
      { name: 'per-second', limit: 4, remaining: 0, resetSeconds: 1 },
      { name: 'per-minute', limit: 10, remaining: 0, resetSeconds: 30 },
    ]);
    expect(exhaustedWindowResetMs(states)).toBe(30_000);
    expect(
      exhaustedWindowResetMs([{ name: null, limit: null, remaining: 1, resetSeconds: 9 }]),
    ).toBeUndefined();
  });
});
