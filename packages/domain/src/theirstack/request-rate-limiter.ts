import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { type RateLimitWindow, SlidingWindowLog } from './sliding-window-log.js';

/** Paces outgoing TheirStack requests; the client awaits `acquire()` before every attempt. */
export interface RequestRateLimiter {
  /** Resolves once a request may be sent, and counts it. */
  acquire(): Promise<void>;
}

export interface RequestRateOptions {
  readonly perMinute: number;
  /** TheirStack allows 4 requests per second on every plan. */
  readonly perSecond?: number;
}

export function requestRateWindows(options: RequestRateOptions): RateLimitWindow[] {
  return [
    { name: 'per-second', limit: options.perSecond ?? 4, windowMs: 1_000 },
    { name: 'per-minute', limit: options.perMinute, windowMs: 60_000 },
  ];
}

type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => delay(ms);

export interface InMemoryRateLimiterOptions extends RequestRateOptions {
  readonly clock?: () => number;
  readonly sleep?: Sleep;
}

/** For one process (tests, CLI runs): the windows live in memory. */
export function createInMemoryRateLimiter(options: InMemoryRateLimiterOptions): RequestRateLimiter {
  const log = new SlidingWindowLog(requestRateWindows(options));
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  return {
    async acquire() {
      for (let wait = log.tryRecord(clock()); wait > 0; wait = log.tryRecord(clock())) await sleep(wait);
    },
  };
}

/**
 * Sliding-window log over one sorted set per window. Atomic, and timed by
 * Redis' own clock, so every process sharing the keys sees the same windows.
 * Returns 0 when the request was counted, else the milliseconds to wait.
 */
const ACQUIRE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
for index, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[index * 2])
  local windowMs = tonumber(ARGV[index * 2 + 1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - windowMs)
  if redis.call('ZCARD', key) >= limit then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + windowMs - now)
  end
end
if wait > 0 then return wait end
for index, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, ARGV[index * 2 + 1])
end
return 0
`;

export interface RedisRateLimiterOptions extends RequestRateOptions {
  readonly redis: Redis;
  /** Every process that shares this prefix shares the budget. */
  readonly keyPrefix: string;
  readonly sleep?: Sleep;
}

/** Shared across processes: all workers together stay within TheirStack's per-user limits. */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RequestRateLimiter {
  const windows = requestRateWindows(options);
  const keys = windows.map((window) => `${options.keyPrefix}:theirstack-rate:${window.name}`);
  const windowArguments = windows.flatMap((window) => [window.limit, window.windowMs]);
  const sleep = options.sleep ?? realSleep;
  const tryAcquire = async (): Promise<number> =>
    Number(await options.redis.eval(ACQUIRE_SCRIPT, keys.length, ...keys, randomUUID(), ...windowArguments));
  return {
    async acquire() {
      for (let wait = await tryAcquire(); wait > 0; wait = await tryAcquire()) await sleep(wait);
    },
  };
}
