import { LRUCache } from 'lru-cache';
import { type RequestThrottle, ThrottleUnavailableError } from './request-throttle.js';

/** What a process reserves of a subject's limit at once: 1 % of it (at least one request's need). */
export const LEASE_SHARE = 0.01;
/** Subjects whose leases a process keeps; an evicted lease's units are simply not spent. */
const MAX_LEASES = 10_000;

interface Lease {
  /** Units counted in Redis and not yet spent here. */
  remaining: number;
  /** performance.now() at which the counter's window resets, and the lease with it. */
  expiresAt: number;
  /** A reservation under way for this subject, which requests arriving meanwhile wait for. */
  refill?: Promise<void>;
}

export interface LeasedBudgetOptions {
  throttle: RequestThrottle;
  /** The throttle's limit per window, of which each reservation takes LEASE_SHARE. */
  limit: number;
  /** Tests give a clock; performance.now by default. */
  now?: () => number;
}

/**
 * A weighted per-subject budget (the operation cost of each client IP) that asks Redis once
 * per lease instead of on every request. A process reserves a share of the subject's limit
 * in Redis (RequestThrottle.reserve, atomic like every count there) and spends it locally
 * until it runs out or the window resets; requests arriving meanwhile cost no round trip.
 *
 * Across API processes the limit holds exactly in one direction: every unit admitted
 * anywhere was counted in Redis first, so no window ever admits more than the limit. The
 * price is in the other direction: units a process reserved and has not spent are counted,
 * so a subject can be refused before it has spent its whole limit, by at most one lease
 * (LEASE_SHARE of the limit) per process serving it plus one request's weight; with 1 % and
 * four API processes, refusals start past about 96 % of the limit at the earliest.
 */
export class LeasedBudget {
  private readonly throttle: RequestThrottle;
  private readonly leaseSize: number;
  private readonly now: () => number;
  private readonly leases = new LRUCache<string, Lease>({ max: MAX_LEASES });

  constructor(options: LeasedBudgetOptions) {
    this.throttle = options.throttle;
    this.leaseSize = Math.max(1, Math.floor(options.limit * LEASE_SHARE));
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * Spends `weight` units of the subject's budget; throws RateLimitedError when the window's
   * limit leaves less than that, ThrottleUnavailableError when Redis cannot tell (every request
   * waiting for that reservation with it).
   */
  async consume(subject: string, weight: number): Promise<void> {
    for (;;) {
      const lease = this.currentLease(subject);
      if (lease.remaining >= weight) {
        lease.remaining -= weight;
        return;
      }
      if (!lease.refill) {
        await this.refill(subject, lease, weight);
        return;
      }
      await lease.refill;
    }
  }

  private currentLease(subject: string): Lease {
    const known = this.leases.get(subject);
    if (known && (known.refill || known.expiresAt > this.now())) return known;
    const fresh: Lease = { remaining: 0, expiresAt: 0 };
    this.leases.set(subject, fresh);
    return fresh;
  }

  /**
   * Reserves what `weight` lacks plus a lease's worth, and spends `weight` of it. What is left
   * of the lease is set aside meanwhile, so requests spending from it concurrently cannot take
   * what this reservation counted on.
   */
  private async refill(subject: string, lease: Lease, weight: number): Promise<void> {
    const kept = lease.remaining;
    lease.remaining = 0;
    const need = weight - kept;
    // Redis read the counter's time to live after this moment, so the lease ends no later than the window.
    const askedAt = this.now();
    const reserving = this.throttle.reserve(subject, need + this.leaseSize, need);
    // Requests waiting for it look at the lease again once it is answered. When Redis could not
    // tell, they share that answer (their callers let them through, as without leases) instead of
    // each asking in turn and waiting out the timeout one after another.
    lease.refill = reserving.then(
      () => {},
      (error: unknown) => {
        if (error instanceof ThrottleUnavailableError) throw error;
      },
    );
    // Nobody may be waiting: the rejection is handled by whoever awaits it, or by nobody.
    lease.refill.catch(() => {});
    try {
      const { granted, validForMs } = await reserving;
      lease.remaining += kept + granted - weight;
      lease.expiresAt = askedAt + validForMs;
    } catch (error) {
      lease.remaining += kept;
      throw error;
    } finally {
      lease.refill = undefined;
    }
  }
}
