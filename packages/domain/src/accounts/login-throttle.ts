import { createHash } from 'node:crypto';
import type { ChainableCommander, Redis } from 'ioredis';
import { RateLimitedError } from '../errors/index.js';
import { normalizeEmailForLookup } from './email-address.js';

/**
 * Failed sign-ins allowed per fixed window before further attempts are refused.
 * Per address it is low enough to stop guessing one account's password; per IP
 * it is higher because offices and campuses share addresses.
 */
export const DEFAULT_MAX_FAILURES_PER_EMAIL = 5;
export const DEFAULT_MAX_FAILURES_PER_IP = 10;
export const DEFAULT_THROTTLE_WINDOW_SECONDS = 15 * 60;
export const DEFAULT_THROTTLE_KEY_PREFIX = 'career-navigator';

export interface LoginThrottleOptions {
  redis: Redis;
  /** Namespace for the counter keys (tests pass a prefix of their own). */
  keyPrefix?: string;
  maxFailuresPerEmail?: number;
  maxFailuresPerIp?: number;
  windowSeconds?: number;
}

export interface LoginAttemptSource {
  email: string;
  /** The client's address; without one only the per-email counter applies. */
  ip?: string | undefined;
}

interface FailureCounter {
  key: string;
  limit: number;
}

/** Key names carry digests, so neither addresses nor IPs show up in Redis listings. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

async function execOrThrow(commands: ChainableCommander): Promise<unknown[]> {
  const replies = (await commands.exec()) ?? [];
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}

/** Counts failed sign-ins in Redis, so every API instance enforces the same limits. */
export class LoginThrottle {
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly maxFailuresPerEmail: number;
  private readonly maxFailuresPerIp: number;
  private readonly windowSeconds: number;

  constructor(options: LoginThrottleOptions) {
    this.redis = options.redis;
    this.keyPrefix = options.keyPrefix ?? DEFAULT_THROTTLE_KEY_PREFIX;
    this.maxFailuresPerEmail = options.maxFailuresPerEmail ?? DEFAULT_MAX_FAILURES_PER_EMAIL;
    this.maxFailuresPerIp = options.maxFailuresPerIp ?? DEFAULT_MAX_FAILURES_PER_IP;
    this.windowSeconds = options.windowSeconds ?? DEFAULT_THROTTLE_WINDOW_SECONDS;
  }

  /** Throws RateLimitedError while the address or the IP has used up its failures. */
  async assertAllowed(source: LoginAttemptSource): Promise<void> {
    const counters = this.countersFor(source);
    const reads = this.redis.multi();
    for (const counter of counters) reads.get(counter.key).pttl(counter.key);
    const replies = await execOrThrow(reads);
    const waits = counters.flatMap((counter, position) => {
      const failures = Number(replies[position * 2] ?? 0);
      const remainingMs = Number(replies[position * 2 + 1]);
      return failures >= counter.limit ? [this.secondsUntilReset(remainingMs)] : [];
    });
    if (waits.length > 0) {
      throw new RateLimitedError('Too many failed sign-in attempts; try again later', Math.max(...waits));
    }
  }

  async recordFailure(source: LoginAttemptSource): Promise<void> {
    const writes = this.redis.multi();
    for (const { key } of this.countersFor(source)) {
      // Creating the key with its expiry in the same transaction means no counter can outlive its window.
      writes.set(key, 0, 'EX', this.windowSeconds, 'NX').incr(key);
    }
    await execOrThrow(writes);
  }

  /**
   * Clears the address's counter after a successful sign-in. The IP counter is
   * kept: otherwise one valid account would let an attacker reset it at will.
   */
  async reset(email: string): Promise<void> {
    await this.redis.del(this.emailCounter(email).key);
  }

  private countersFor(source: LoginAttemptSource): FailureCounter[] {
    const counters = [this.emailCounter(source.email)];
    if (source.ip) counters.push({ key: this.key('ip', source.ip), limit: this.maxFailuresPerIp });
    return counters;
  }

  private emailCounter(email: string): FailureCounter {
    return { key: this.key('email', normalizeEmailForLookup(email)), limit: this.maxFailuresPerEmail };
  }

  private key(kind: 'email' | 'ip', value: string): string {
    return `${this.keyPrefix}:login-failures:${kind}:${digest(value)}`;
  }

  private secondsUntilReset(remainingMs: number): number {
    return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : this.windowSeconds;
  }
}
