import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimitedError } from '../errors/index.js';

export interface FixedWindowLimitOptions {
  redis: Redis;
  /** Names the limit in its keys: "extract-skills". */
  name: string;
  /** Requests allowed per window and subject. */
  limit: number;
  windowSeconds: number;
  /** Namespace for the keys (tests pass a prefix of their own). */
  keyPrefix?: string;
  /** The message of the RATE_LIMITED error. */
  message: string;
}

export const DEFAULT_LIMIT_KEY_PREFIX = 'career-navigator';

/**
 * Counts and checks in one step inside Redis, so concurrent requests on any number of API
 * instances can never pass the limit together; the window starts at a subject's first
 * request. Returns the count so far and the milliseconds until the window resets.
 */
const CONSUME_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/** A per-subject request budget (a client IP, a user) that refills at the end of each window. */
export class FixedWindowLimit {
  private readonly options: FixedWindowLimitOptions;

  constructor(options: FixedWindowLimitOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1)
      throw new Error('limit must be a positive integer');
    if (!(options.windowSeconds > 0)) throw new Error('windowSeconds must be positive');
    this.options = options;
  }

  /** Spends one request of the subject's budget; throws RateLimitedError once it is used up. */
  async consume(subject: string): Promise<void> {
    const { redis, limit, windowSeconds, message } = this.options;
    const windowMs = Math.round(windowSeconds * 1000);
    const reply = (await redis.eval(CONSUME_SCRIPT, 1, this.keyOf(subject), windowMs)) as [number, number];
    const [count, remainingMs] = reply;
    if (count > limit) throw new RateLimitedError(message, Math.max(1, Math.ceil(remainingMs / 1000)));
  }

  /** Key names carry digests, so client addresses never show up in Redis listings. */
  private keyOf(subject: string): string {
    const digest = createHash('sha256').update(subject).digest('hex');
    return `${this.options.keyPrefix ?? DEFAULT_LIMIT_KEY_PREFIX}:limit:${this.options.name}:${digest}`;
  }
}
