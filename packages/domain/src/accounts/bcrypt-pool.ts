import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

/**
 * bcryptjs is pure JavaScript: a cost-12 hash or compare holds a core for
 * about 0.3 s. It runs in worker threads so sign-ins never stall the event
 * loop. One core is left to the event loop; a burst of sign-ins queues for
 * the pool instead of taking every core from the other requests.
 */
const THREADS = Math.max(1, availableParallelism() - 1);

/** Idle threads end after this long, so a process that stopped signing users in can exit. */
const IDLE_TIMEOUT_MS = 30_000;

let pool: Piscina | undefined;

function bcryptPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./bcrypt.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: THREADS,
    idleTimeout: IDLE_TIMEOUT_MS,
  });
  return pool;
}

export function bcryptHash(plain: string, cost: number): Promise<string> {
  return bcryptPool().run({ op: 'hash', plain, cost });
}

export function bcryptCompare(plain: string, hash: string): Promise<boolean> {
  return bcryptPool().run({ op: 'compare', plain, hash });
}
