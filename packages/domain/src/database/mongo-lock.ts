import { randomUUID } from 'node:crypto';
import { releaseLease, tryAcquireLease } from './lock.repository.js';

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

/**
 * Runs `work` while holding a lease in MongoDB, so writers in any process
 * (api, several workers) take turns. The lease expires if its holder dies.
 */
export async function withLock<T>(
  name: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
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
      void tryAcquireLease(name, owner, ttlMs).catch(() => undefined);
    },
    Math.max(1_000, ttlMs / 3),
  );
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await releaseLease(name, owner);
  }
}
