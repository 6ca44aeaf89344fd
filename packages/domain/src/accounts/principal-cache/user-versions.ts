import type { Redis } from 'ioredis';

export const DEFAULT_USER_VERSION_KEY_PREFIX = 'career-navigator';

/**
 * Longer than any cached principal lives (PrincipalCache's TTL), so an
 * expired counter can never come back to a value some cache still holds.
 */
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface UserVersionsOptions {
  redis: Redis;
  /** Namespace for the keys (tests pass a prefix of their own). */
  keyPrefix?: string;
}

/**
 * A counter per user in Redis that every write to the user moves: profile,
 * password, deletion, and anything that revokes tokens. Every API process
 * compares it with the version its cached copy was read under, so one write
 * on any process is seen by the next request on all of them.
 */
export class UserVersions {
  private readonly redis: Redis;
  private readonly keyPrefix: string;

  constructor(options: UserVersionsOptions) {
    this.redis = options.redis;
    this.keyPrefix = options.keyPrefix ?? DEFAULT_USER_VERSION_KEY_PREFIX;
  }

  /** The user's version now; "0" for a user never written since the counter's last expiry. */
  async current(userId: string): Promise<string> {
    return (await this.redis.get(this.key(userId))) ?? '0';
  }

  /** Call after the write has been stored. */
  async bump(userId: string): Promise<void> {
    const key = this.key(userId);
    await this.redis.multi().incr(key).expire(key, VERSION_TTL_SECONDS).exec();
  }

  private key(userId: string): string {
    return `${this.keyPrefix}:user-version:${userId}`;
  }
}
