import { LRUCache } from 'lru-cache';
import { recordCacheLookup } from '../../metrics/index.js';
import type { UserVersions } from './user-versions.js';

export interface PrincipalCacheOptions<T extends object> {
  versions: UserVersions;
  /** Reads the principal from the store; null when the user no longer exists. */
  load: (userId: string) => Promise<T | null>;
  /** Users kept per process. */
  maxEntries?: number;
  /**
   * A cached principal is re-read after this long even if its version did not
   * move: the bound on staleness should a write's version bump ever be lost.
   */
  ttlMs?: number;
  /** Reports a failed version read or bump; the cache then falls back to the store. */
  onRedisError?: (error: unknown) => void;
}

interface CachedPrincipal<T> {
  version: string;
  principal: T;
}

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_TTL_MS = 60_000;

/**
 * Principals by user id, so an authenticated request costs one Redis GET
 * instead of a database read. An entry is used only under the user version it
 * was read under; the version is read before the store, so a write racing the
 * read can only make the entry look older than it is, never newer.
 */
export class PrincipalCache<T extends object> {
  private readonly versions: UserVersions;
  private readonly load: (userId: string) => Promise<T | null>;
  private readonly onRedisError: (error: unknown) => void;
  private readonly entries: LRUCache<string, CachedPrincipal<T>>;
  /** Concurrent misses for the same user and version share one store read. */
  private readonly loading = new Map<string, Promise<T | null>>();
  /** Principals read while the versions were unreadable: a new object per request, in no entry. */
  private readonly unversioned = new WeakSet<T>();

  constructor(options: PrincipalCacheOptions<T>) {
    this.versions = options.versions;
    this.load = options.load;
    this.onRedisError = options.onRedisError ?? (() => {});
    this.entries = new LRUCache({
      max: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      ttl: options.ttlMs ?? DEFAULT_TTL_MS,
    });
  }

  /** The user's principal as of now; null when the user does not exist. */
  async get(userId: string): Promise<T | null> {
    let version: string;
    try {
      version = await this.versions.current(userId);
    } catch (error) {
      // Without the version nothing cached can be trusted: read the store.
      this.onRedisError(error);
      recordCacheLookup('principal', 'miss');
      const principal = await this.load(userId);
      if (principal) this.unversioned.add(principal);
      return principal;
    }
    const cached = this.entries.get(userId);
    if (cached?.version === version) {
      recordCacheLookup('principal', 'hit');
      return cached.principal;
    }
    recordCacheLookup('principal', 'miss');
    return this.loadOnce(userId, version);
  }

  /**
   * Whether the principal was read under a known user version, so that the same object
   * stands for the same state of the user until the version moves: what anything keyed by
   * the principal object (kept answers) relies on. False for a read made while Redis failed.
   */
  isVersioned(principal: T): boolean {
    return !this.unversioned.has(principal);
  }

  /** After a write to the user: every process re-reads the user on its next request. */
  async invalidate(userId: string): Promise<void> {
    this.entries.delete(userId);
    try {
      await this.versions.bump(userId);
    } catch (error) {
      // Other processes keep their copy until ttlMs at most; this one has dropped it.
      this.onRedisError(error);
    }
  }

  private loadOnce(userId: string, version: string): Promise<T | null> {
    const flightKey = `${userId}\u0000${version}`;
    let flight = this.loading.get(flightKey);
    if (!flight) {
      flight = this.load(userId)
        .then((principal) => {
          if (principal) this.entries.set(userId, { version, principal });
          else this.entries.delete(userId);
          return principal;
        })
        .finally(() => this.loading.delete(flightKey));
      this.loading.set(flightKey, flight);
    }
    return flight;
  }
}
