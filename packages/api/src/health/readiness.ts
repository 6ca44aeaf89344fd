import { databaseAnswersReads, PROBE_TIMEOUT_MS } from '@career-navigator/domain';
import type { Redis } from 'ioredis';
import { withDeadline } from '../timing/index.js';

export type DependencyState = 'up' | 'down';

export interface Readiness {
  ready: boolean;
  checks: { mongodb: DependencyState; redis: DependencyState };
}

/** A probe that waits longer than this is as bad as a failed one for a load balancer. */
export const READINESS_TIMEOUT_MS = PROBE_TIMEOUT_MS;

async function answers(probe: () => Promise<unknown>, what: string): Promise<DependencyState> {
  try {
    const answered = await withDeadline(probe(), READINESS_TIMEOUT_MS, what);
    return answered === false ? 'down' : 'up';
  } catch {
    return 'down';
  }
}

/**
 * Whether the stores every request needs answer now; checked in parallel.
 * MongoDB must answer a real read: a server whose storage is stuck can still answer pings.
 */
export async function checkReadiness(redis: Redis): Promise<Readiness> {
  const [mongodb, redisState] = await Promise.all([
    answers(() => databaseAnswersReads(READINESS_TIMEOUT_MS), 'MongoDB read'),
    answers(() => redis.ping(), 'Redis PING'),
  ]);
  return { ready: mongodb === 'up' && redisState === 'up', checks: { mongodb, redis: redisState } };
}
