import {
  type AppConfig,
  createDemoJobSource,
  createRedisRateLimiter,
  type Logger,
  type PostingSource,
  TheirStackClient,
  type TheirStackJobSearcher,
} from '@career-navigator/domain';
import type { Redis } from 'ioredis';

/** The demo market is the same for every process and restart, so re-collection finds the same postings. */
export const DEMO_SEED = 20_261_123;
const DEMO_JOB_COUNT = 6_000;

export interface ChosenSearcher {
  searcher: TheirStackJobSearcher;
  source: PostingSource;
}

/**
 * The real API when a key is configured (rate-limited across processes
 * through Redis), otherwise the built-in demo market.
 */
export function chooseJobSearcher(
  config: AppConfig,
  redis: Redis,
  keyPrefix: string,
  logger: Logger,
): ChosenSearcher {
  const { apiKey } = config.theirStack;
  if (!apiKey) {
    return {
      source: 'demo',
      searcher: createDemoJobSource({ seed: DEMO_SEED, jobCount: DEMO_JOB_COUNT, windowDays: 30 }),
    };
  }
  const limiter = createRedisRateLimiter({
    redis,
    keyPrefix,
    perMinute: config.theirStack.requestsPerMinute,
  });
  return {
    source: 'theirstack',
    searcher: TheirStackClient.fromConfig({ ...config.theirStack, apiKey }, { limiter, logger }),
  };
}
