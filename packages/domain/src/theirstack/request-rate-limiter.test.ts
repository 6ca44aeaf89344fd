import { useTestRedis } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createInMemoryRateLimiter, createRedisRateLimiter } from './request-rate-limiter.js';
import { SlidingWindowLog } from './sliding-window-log.js';

const testRedis = useTestRedis();
const connections: Redis[] = [];

function connect(): Redis {
  const redis = new Redis(testRedis.url, { maxRetriesPerRequest: 1 });
  connections.push(redis);
  return redis;
}

afterAll(async () => {
  await Promise.all(connections.map((redis) => redis.quit()));
});

describe('Redis rate limiter', () => {
  it('keeps two processes sharing a prefix within 4 requests in any second', async () => {
    const keyPrefix = `${testRedis.prefix}:shared`;
    const first = createRedisRateLimiter({ redis: connect(), keyPrefix, perMinute: 1_000 });
    const second = createRedisRateLimiter({ redis: connect(), keyPrefix, perMinute: 1_000 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? first : second).acquire()));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);

    // The per-minute window still holds every admitted request, stamped with Redis' clock.
    const stamps = (await connect().zrange(`${keyPrefix}:theirstack-rate:per-minute`, 0, -1, 'WITHSCORES'))
      .filter((_, index) => index % 2 === 1)
      .map(Number);
    expect(stamps).toHaveLength(12);
    for (let index = 0; index + 4 < stamps.length; index += 1) {
      expect(stamps[index + 4]! - stamps[index]!).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('makes callers wait for the per-minute window too', async () => {
    const waits: number[] = [];
    const limiter = createRedisRateLimiter({
      redis: connect(),
      keyPrefix: `${testRedis.prefix}:minute`,
      perSecond: 100,
      perMinute: 3,
      sleep: async (ms) => {
        waits.push(ms);
        throw new Error('stop waiting');
      },
    });
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    await expect(limiter.acquire()).rejects.toThrow('stop waiting');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(59_000);
    expect(waits[0]).toBeLessThanOrEqual(60_000);
  });

  it('does not share budgets between prefixes', async () => {
    const waits: number[] = [];
    const options = { perSecond: 1, perMinute: 10, sleep: async (ms: number) => void waits.push(ms) };
    await createRedisRateLimiter({
      ...options,
      redis: connect(),
      keyPrefix: `${testRedis.prefix}:a`,
    }).acquire();
    await createRedisRateLimiter({
      ...options,
      redis: connect(),
      keyPrefix: `${testRedis.prefix}:b`,
    }).acquire();
    expect(waits).toEqual([]);
  });
});

describe('in-memory rate limiter', () => {
  it('admits 4 per second and sleeps until the oldest request leaves the window', async () => {
    let now = 10_000;
    const sleeps: number[] = [];
    const limiter = createInMemoryRateLimiter({
      perMinute: 100,
      clock: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    const admittedAt: number[] = [];
    for (let index = 0; index < 9; index += 1) {
      await limiter.acquire();
      admittedAt.push(now);
      now += 10;
    }
    expect(admittedAt).toEqual([10_000, 10_010, 10_020, 10_030, 11_000, 11_010, 11_020, 11_030, 12_000]);
    expect(sleeps).toEqual([960, 960]);
  });

  it('holds concurrent callers back in real time', async () => {
    const limiter = createInMemoryRateLimiter({ perSecond: 3, perMinute: 100 });
    const started = Date.now();
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () => limiter.acquire().then(() => finished.push(Date.now() - started))),
    );
    expect(finished.filter((elapsed) => elapsed < 500)).toHaveLength(3);
    expect(Math.max(...finished)).toBeGreaterThanOrEqual(990);
  });
});

describe('SlidingWindowLog', () => {
  it('reports what is left in each window and when its oldest request expires', () => {
    const log = new SlidingWindowLog([
      { name: 'per-second', limit: 2, windowMs: 1_000 },
      { name: 'per-minute', limit: 3, windowMs: 60_000 },
    ]);
    expect(log.tryRecord(0)).toBe(0);
    expect(log.tryRecord(400)).toBe(0);
    expect(log.tryRecord(500)).toBe(500);
    expect(log.usage(500).map(({ remaining, resetMs }) => ({ remaining, resetMs }))).toEqual([
      { remaining: 0, resetMs: 500 },
      { remaining: 1, resetMs: 59_500 },
    ]);
    expect(log.tryRecord(1_000)).toBe(0);
    expect(log.tryRecord(1_500)).toBe(58_500);
  });
});
