import { useTestRedis } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/index.js';
import { FixedWindowLimit } from './fixed-window-limit.js';

const testRedis = useTestRedis();
let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedis.url);
});
afterAll(() => redis.disconnect());

function limit(name: string, requests: number, windowSeconds = 60): FixedWindowLimit {
  return new FixedWindowLimit({
    redis,
    name,
    limit: requests,
    windowSeconds,
    keyPrefix: testRedis.prefix,
    message: 'Too many requests',
  });
}

describe('FixedWindowLimit', () => {
  it('lets exactly the budget through when requests arrive together', async () => {
    const budget = limit('together', 5);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => budget.consume('10.0.0.1')));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refusals).toHaveLength(15);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(RateLimitedError);
      expect((refusal as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
      expect((refusal as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('keeps one budget per subject and per limit name', async () => {
    const first = limit('per-subject', 1);
    await first.consume('10.0.0.2');
    await first.consume('10.0.0.3');
    await limit('another-name', 1).consume('10.0.0.2');
    await expect(first.consume('10.0.0.2')).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('refills the budget when the window ends', async () => {
    const short = limit('refill', 1, 0.2);
    await short.consume('10.0.0.4');
    await expect(short.consume('10.0.0.4')).rejects.toBeInstanceOf(RateLimitedError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(short.consume('10.0.0.4')).resolves.toBeUndefined();
  });

  it('keeps client addresses out of key names', async () => {
    await limit('digest', 3).consume('192.168.1.77');
    const keys = await redis.keys(`${testRedis.prefix}:limit:digest:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('192.168');
  });
});
