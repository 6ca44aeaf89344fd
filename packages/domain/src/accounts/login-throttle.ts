import type { Redis } from 'ioredis';
import { RequestThrottle, type ThrottleCounter } from '../throttling/index.js';
import { normalizeEmailForLookup } from './email-address.js';

/**
 * Sign-in attempts allowed per fixed window before further attempts are
 * refused. Per address it is low enough to stop guessing one account's
 * password; per IP it is higher because offices and campuses share addresses.
 */
export const DEFAULT_MAX_FAILURES_PER_EMAIL = 5;
export const DEFAULT_MAX_FAILURES_PER_IP = 10;
export const DEFAULT_THROTTLE_WINDOW_SECONDS = 15 * 60;

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

/**
 * Limits password checks per address and per IP. Every attempt is counted
 * before its password is checked, in the same atomic step that decides
 * whether it may go on, so simultaneous attempts cannot all pass; an attempt
 * that turns out right is given back. What stays counted is failures plus
 * attempts still being checked.
 */
export class LoginThrottle {
  private readonly attempts: RequestThrottle;
  private readonly maxPerIp: number;

  constructor(options: LoginThrottleOptions) {
    this.attempts = new RequestThrottle({
      redis: options.redis,
      name: 'login',
      limit: options.maxFailuresPerEmail ?? DEFAULT_MAX_FAILURES_PER_EMAIL,
      windowSeconds: options.windowSeconds ?? DEFAULT_THROTTLE_WINDOW_SECONDS,
      refusal: 'Too many failed sign-in attempts; try again later',
      ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
    });
    this.maxPerIp = options.maxFailuresPerIp ?? DEFAULT_MAX_FAILURES_PER_IP;
  }

  /** Counts an attempt; throws RateLimitedError when the address or the IP has none left. */
  async reserveAttempt(source: LoginAttemptSource): Promise<void> {
    const counters: ThrottleCounter[] = [{ subject: emailSubject(source.email) }];
    if (source.ip) counters.push({ subject: ipSubject(source.ip), limit: this.maxPerIp });
    await this.attempts.consumeAll(counters);
  }

  /**
   * The password was right: the address starts afresh and the IP gets its
   * attempt back. The IP's failures stay counted, or one valid account would
   * let an attacker reset them at will.
   */
  async recordSuccess(source: LoginAttemptSource): Promise<void> {
    await Promise.all([
      this.attempts.clear(emailSubject(source.email)),
      source.ip ? this.attempts.refund(ipSubject(source.ip)) : undefined,
    ]);
  }

  /** The owner proved control of the address (a password reset): its failures are forgiven. */
  async forgiveAddress(email: string): Promise<void> {
    await this.attempts.clear(emailSubject(email));
  }
}

function emailSubject(email: string): string {
  return `email:${normalizeEmailForLookup(email)}`;
}

function ipSubject(ip: string): string {
  return `ip:${ip}`;
}
