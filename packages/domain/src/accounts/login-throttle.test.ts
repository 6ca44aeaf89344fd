import { useTestRedisClient } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/index.js';
import { DEFAULT_THROTTLE_WINDOW_SECONDS, LoginThrottle } from './login-throttle.js';

const testRedis = useTestRedisClient();

const prefix = () => `${testRedis.prefix}:${crypto.randomUUID()}`;

function loginThrottle(options: { maxFailuresPerEmail?: number; maxFailuresPerIp?: number } = {}) {
  return new LoginThrottle({ redis: testRedis.client, keyPrefix: prefix(), ...options });
}

async function outcome(attempt: Promise<void>): Promise<'allowed' | RateLimitedError> {
  try {
    await attempt;
    return 'allowed';
  } catch (error) {
    if (error instanceof RateLimitedError) return error;
    throw error;
  }
}

describe('LoginThrottle', () => {
  it('lets exactly the limit of simultaneous attempts through for one address', async () => {
    const throttle = loginThrottle({ maxFailuresPerEmail: 5, maxFailuresPerIp: 100 });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        outcome(throttle.reserveAttempt({ email: 'Victim@Example.com', ip: `198.51.100.${index}` })),
      ),
    );
    expect(results.filter((result) => result === 'allowed')).toHaveLength(5);
    const refused = results.find((result) => result !== 'allowed') as RateLimitedError;
    expect(refused.retryAfterSeconds).toBeGreaterThan(DEFAULT_THROTTLE_WINDOW_SECONDS - 5);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(DEFAULT_THROTTLE_WINDOW_SECONDS);
  });

  it('counts per IP across addresses', async () => {
    const throttle = loginThrottle({ maxFailuresPerEmail: 100, maxFailuresPerIp: 3 });
    const results = [];
    for (let index = 0; index < 5; index++) {
      results.push(
        await outcome(throttle.reserveAttempt({ email: `u${index}@example.com`, ip: '203.0.113.9' })),
      );
    }
    expect(results.map((result) => result === 'allowed')).toEqual([true, true, true, false, false]);
  });

  it('gives a right password its attempt back and clears the address', async () => {
    const throttle = loginThrottle({ maxFailuresPerEmail: 2, maxFailuresPerIp: 2 });
    const source = { email: 'me@example.com', ip: '192.0.2.7' };
    for (let round = 0; round < 5; round++) {
      await throttle.reserveAttempt(source);
      await throttle.recordSuccess(source);
    }
    await throttle.reserveAttempt(source);
    await throttle.reserveAttempt(source);
    expect(await outcome(throttle.reserveAttempt(source))).toBeInstanceOf(RateLimitedError);
  });

  it('keeps addresses and IPs out of Redis key names', async () => {
    const keyPrefix = prefix();
    const throttle = new LoginThrottle({ redis: testRedis.client, keyPrefix });
    await throttle.reserveAttempt({ email: 'private.person@example.com', ip: '203.0.113.50' });
    const keys = await testRedis.client.keys(`${keyPrefix}:*`);
    expect(keys).toHaveLength(2);
    expect(keys.join(' ')).not.toMatch(/private|example|203\.0/);
  });
});
