import { useTestRedis } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/index.js';
import {
  DEFAULT_MAX_FAILURES_PER_EMAIL,
  DEFAULT_MAX_FAILURES_PER_IP,
  DEFAULT_THROTTLE_WINDOW_SECONDS,
  LoginThrottle,
} from './login-throttle.js';

const testRedis = useTestRedis();
let redis: Redis;

beforeAll(() => {
  redis = new Redis(testRedis.url);
});

afterAll(async () => {
  await redis.quit();
});

function throttleWith(options: {
  maxFailuresPerEmail?: number;
  maxFailuresPerIp?: number;
  windowSeconds?: number;
}) {
  return new LoginThrottle({ redis, keyPrefix: `${testRedis.prefix}:${crypto.randomUUID()}`, ...options });
}

async function rateLimitOf(throttle: LoginThrottle, source: { email: string; ip?: string }) {
  try {
    await throttle.assertAllowed(source);
    return undefined;
  } catch (error) {
    if (error instanceof RateLimitedError) return error;
    throw error;
  }
}

async function recordFailures(
  throttle: LoginThrottle,
  count: number,
  source: { email: string; ip?: string },
) {
  for (let attempt = 0; attempt < count; attempt += 1) await throttle.recordFailure(source);
}

describe('LoginThrottle', () => {
  it('defaults to 5 failures per address and 10 per IP in 15 minutes', () => {
    expect([
      DEFAULT_MAX_FAILURES_PER_EMAIL,
      DEFAULT_MAX_FAILURES_PER_IP,
      DEFAULT_THROTTLE_WINDOW_SECONDS,
    ]).toEqual([5, 10, 900]);
  });

  it('refuses an address once it has used up its failures, saying when to retry', async () => {
    const throttle = throttleWith({});
    const source = { email: 'victim@example.com', ip: '198.51.100.7' };
    await recordFailures(throttle, 4, source);
    expect(await rateLimitOf(throttle, source)).toBeUndefined();
    await throttle.recordFailure(source);
    const limited = await rateLimitOf(throttle, source);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect(limited?.retryAfterSeconds).toBeGreaterThan(890);
    expect(limited?.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(await rateLimitOf(throttle, { email: 'VICTIM@example.com ', ip: '203.0.113.9' })).toBeInstanceOf(
      RateLimitedError,
    );
    expect(await rateLimitOf(throttle, { email: 'other@example.com', ip: '198.51.100.7' })).toBeUndefined();
  });

  it('refuses an IP that failed against many addresses', async () => {
    const throttle = throttleWith({ maxFailuresPerIp: 3 });
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await throttle.recordFailure({ email, ip: '192.0.2.1' });
    }
    expect(await rateLimitOf(throttle, { email: 'd@example.com', ip: '192.0.2.1' })).toBeInstanceOf(
      RateLimitedError,
    );
    expect(await rateLimitOf(throttle, { email: 'd@example.com', ip: '192.0.2.2' })).toBeUndefined();
  });

  it('clears the address counter on reset but keeps the IP counter', async () => {
    const throttle = throttleWith({ maxFailuresPerEmail: 2, maxFailuresPerIp: 3 });
    const source = { email: 'forgetful@example.com', ip: '192.0.2.10' };
    await recordFailures(throttle, 2, source);
    expect(await rateLimitOf(throttle, source)).toBeInstanceOf(RateLimitedError);
    await throttle.reset('Forgetful@Example.com');
    expect(await rateLimitOf(throttle, source)).toBeUndefined();
    await throttle.recordFailure(source);
    expect(await rateLimitOf(throttle, { email: 'someone@example.com', ip: '192.0.2.10' })).toBeInstanceOf(
      RateLimitedError,
    );
  });

  it('lets attempts through again once the window has passed', async () => {
    const throttle = throttleWith({ maxFailuresPerEmail: 1, windowSeconds: 1 });
    const source = { email: 'patient@example.com' };
    await throttle.recordFailure(source);
    expect((await rateLimitOf(throttle, source))?.retryAfterSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await rateLimitOf(throttle, source)).toBeUndefined();
  });

  it('stores only digests, each counter with an expiry', async () => {
    const keyPrefix = `${testRedis.prefix}:digests`;
    const throttle = new LoginThrottle({ redis, keyPrefix });
    await throttle.recordFailure({ email: 'private.person@example.com', ip: '203.0.113.50' });
    const keys = await redis.keys(`${keyPrefix}:*`);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${keyPrefix}:login-failures:(email|ip):[0-9a-f]{64}$`));
      expect(await redis.ttl(key)).toBeGreaterThan(0);
    }
  });
});
