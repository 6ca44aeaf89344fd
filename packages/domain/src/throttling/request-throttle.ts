import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimitedError } from '../errors/index.js';

export const DEFAULT_THROTTLE_KEY_PREFIX = 'career-navigator';
/** A throttle that cannot ask Redis within this long refuses instead of letting the request through. */
export const THROTTLE_TIMEOUT_MS = 1_000;

/**
 * Adds each counter's weight and reads every counter back in one step, so
 * requests racing each other cannot all pass a check made before any of them
 * counted. A counter expires a window after its first use (fixed windows).
 * KEYS: the counters. ARGV: window in ms, then a weight and a limit per key.
 * Returns 0 when every counter is within its limit, else the ms until the
 * latest over-limit counter resets.
 */
const CONSUME_SCRIPT = `
local windowMs = tonumber(ARGV[1])
local wait = 0
for index, key in ipairs(KEYS) do
  local weight = tonumber(ARGV[index * 2])
  local limit = tonumber(ARGV[index * 2 + 1])
  local count = redis.call('INCRBY', key, weight)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, windowMs)
    ttl = windowMs
  end
  if count > limit and ttl > wait then wait = ttl end
end
return wait
`;

/**
 * Reserves up to `want` units of one counter at once, and at least `need` or nothing.
 * KEYS: the counter. ARGV: window in ms, want, need, limit. Grants what is left under the
 * limit, up to `want`; when that is less than `need` it grants nothing and counts `need`
 * (a refused request counts, as in CONSUME_SCRIPT). Returns the units granted and the ms
 * until the counter resets.
 */
const RESERVE_SCRIPT = `
local windowMs = tonumber(ARGV[1])
local want = tonumber(ARGV[2])
local need = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local granted = math.min(want, limit - count)
if granted < need then granted = 0 end
if granted > 0 then redis.call('INCRBY', KEYS[1], granted) else redis.call('INCRBY', KEYS[1], need) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], windowMs)
  ttl = windowMs
end
return {granted, ttl}
`;

/** Gives back counted units, never below zero (the window may have reset meanwhile). */
const REFUND_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECRBY', KEYS[1], math.min(count, tonumber(ARGV[1]))) end
return 0
`;

/** A Lua script sent by its digest (EVALSHA) once Redis holds it, instead of its whole text on every call. */
class ThrottleScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** EVAL loads the script into Redis's cache, so NOSCRIPT (after a restart or a flush) falls back once. */
  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

const CONSUME = new ThrottleScript(CONSUME_SCRIPT);
const RESERVE = new ThrottleScript(RESERVE_SCRIPT);
const REFUND = new ThrottleScript(REFUND_SCRIPT);

/** Units of a subject's budget counted in Redis in advance, to spend without asking again. */
export interface Reservation {
  /** At least the units needed; 0 never (a refusal throws). */
  granted: number;
  /** Until the counter's window resets: the reservation is void after it. */
  validForMs: number;
}

export interface RequestThrottleOptions {
  redis: Redis;
  /** What is counted, part of every key: 'login', 'register', 'extract-skills', ... */
  name: string;
  /** How much one subject may add up to per window, unless a counter names its own limit. */
  limit: number;
  windowSeconds: number;
  /** Namespace for the keys (tests pass a prefix of their own). */
  keyPrefix?: string;
  /** The message of the RateLimitedError a refused request gets. */
  refusal?: string;
  /** How long Redis may take before the request is refused; THROTTLE_TIMEOUT_MS by default. */
  timeoutMs?: number;
}

/** One counter a request counts against: what it is about (an IP, an address) and how much it adds. */
export interface ThrottleCounter {
  subject: string;
  /** This counter's limit, when it differs from the throttle's (per IP vs per address, say). */
  limit?: number;
  /** How much this request counts for; 1 unless it is weighed (by cost, say). */
  weight?: number;
}

/** Redis failed or did not answer in time: the request is refused, never let through unchecked. */
export class ThrottleUnavailableError extends Error {
  constructor(name: string, cause: unknown) {
    super(`the ${name} throttle could not reach Redis: ${cause instanceof Error ? cause.message : cause}`);
    this.name = 'ThrottleUnavailableError';
  }
}

/** Key names carry digests, so neither addresses nor IPs show up in Redis listings. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
}

/**
 * The one request throttle of the system: weighted fixed-window counters per
 * subject in Redis, shared by every API instance. Counting and checking are
 * one atomic step (a Lua script) over all the counters a request touches, so
 * concurrent requests cannot all slip under a limit; when Redis fails or does
 * not answer within the timeout the request is refused too.
 */
export class RequestThrottle {
  private readonly redis: Redis;
  private readonly name: string;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly keyPrefix: string;
  private readonly refusal: string;
  private readonly timeoutMs: number;

  constructor(options: RequestThrottleOptions) {
    assertPositiveInteger(options.limit, 'limit');
    if (!(options.windowSeconds > 0)) throw new Error('windowSeconds must be positive');
    this.redis = options.redis;
    this.name = options.name;
    this.limit = options.limit;
    this.windowMs = Math.round(options.windowSeconds * 1_000);
    this.keyPrefix = options.keyPrefix ?? DEFAULT_THROTTLE_KEY_PREFIX;
    this.refusal = options.refusal ?? 'Too many requests; try again later';
    this.timeoutMs = options.timeoutMs ?? THROTTLE_TIMEOUT_MS;
  }

  /** Counts one request (or `weight` units) for the subject: see consumeAll. */
  consume(subject: string, weight = 1): Promise<void> {
    return this.consumeAll([{ subject, weight }]);
  }

  /**
   * Counts the request against every counter at once; throws RateLimitedError
   * when one is over its limit, ThrottleUnavailableError when Redis cannot tell.
   */
  async consumeAll(counters: readonly ThrottleCounter[]): Promise<void> {
    if (counters.length === 0) return;
    const keys = counters.map((counter) => this.key(counter.subject));
    const args = counters.flatMap((counter) => {
      const weight = counter.weight ?? 1;
      assertPositiveInteger(weight, 'weight');
      return [weight, counter.limit ?? this.limit];
    });
    const waitMs = Number(await this.ask(() => CONSUME.run(this.redis, keys, [this.windowMs, ...args])));
    if (waitMs > 0) throw new RateLimitedError(this.refusal, Math.max(1, Math.ceil(waitMs / 1_000)));
  }

  /**
   * Counts up to `want` units for the subject at once, at least `need`: what is left of its
   * limit in this window, capped at `want`. Throws RateLimitedError when less than `need`
   * is left (and counts `need`, like a refused consume), ThrottleUnavailableError when
   * Redis cannot tell.
   */
  async reserve(subject: string, want: number, need: number): Promise<Reservation> {
    assertPositiveInteger(need, 'need');
    const [granted, ttlMs] = (await this.ask(() =>
      RESERVE.run(this.redis, [this.key(subject)], [this.windowMs, Math.max(want, need), need, this.limit]),
    )) as [number, number];
    if (granted === 0) throw new RateLimitedError(this.refusal, Math.max(1, Math.ceil(ttlMs / 1_000)));
    return { granted, validForMs: ttlMs };
  }

  /** Takes back what a request counted (a sign-in that turned out right, say). */
  async refund(subject: string, weight = 1): Promise<void> {
    await this.ask(() => REFUND.run(this.redis, [this.key(subject)], [weight]));
  }

  /** Starts the subject afresh. */
  async clear(subject: string): Promise<void> {
    await this.ask(() => this.redis.del(this.key(subject)));
  }

  private async ask<T>(command: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      return await Promise.race([command(), late]);
    } catch (error) {
      throw new ThrottleUnavailableError(this.name, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private key(subject: string): string {
    return `${this.keyPrefix}:throttle:${this.name}:${digest(subject)}`;
  }
}
