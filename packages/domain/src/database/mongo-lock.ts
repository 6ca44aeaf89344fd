import { randomUUID } from 'node:crypto';
import { releaseLease, renewLease, tryAcquireLease } from './lock.repository.js';

export interface LockOptions {
  /** How long the lock outlives a crashed holder. */
  ttlMs?: number;
  /** How long to wait for a busy lock before giving up. */
  waitMs?: number;
  pollMs?: number;
}

export class LockTimeoutError extends Error {
  constructor(name: string, waitedMs: number) {
    super(`could not acquire lock "${name}" within ${waitedMs} ms`);
    this.name = 'LockTimeoutError';
  }
}

/** A lease taken by acquireLock: renewed in the background until released. */
export interface HeldLock {
  /** Renews the lease now; false when it expired and another owner has taken it since. */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Takes a lease in MongoDB, so writers in any process (api, several workers)
 * take turns; it expires if its holder dies, and is renewed every third of its
 * lifetime while the holder lives.
 */
export async function acquireLock(name: string, options: LockOptions = {}): Promise<HeldLock> {
  const ttlMs = options.ttlMs ?? 60_000;
  const waitMs = options.waitMs ?? 120_000;
  const pollMs = options.pollMs ?? 50;
  const owner = randomUUID();
  const started = Date.now();
  while (!(await tryAcquireLease(name, owner, ttlMs))) {
    if (Date.now() - started > waitMs) throw new LockTimeoutError(name, waitMs);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  const renewal = setInterval(
    () => {
      void renewLease(name, owner, ttlMs).catch(() => undefined);
    },
    Math.max(1_000, ttlMs / 3),
  );
  // A holder that stops without releasing (it crashed, as far as others can tell) lets the lease expire.
  renewal.unref();
  return {
    stillHeld: () => renewLease(name, owner, ttlMs),
    async release() {
      clearInterval(renewal);
      await releaseLease(name, owner);
    },
  };
}

/** Runs `work` while holding the lock `name` (see acquireLock). */
export async function withLock<T>(
  name: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = await acquireLock(name, options);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
