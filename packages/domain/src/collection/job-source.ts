import type { Redis } from 'ioredis';
import type { Clock } from '../clock/index.js';
import type { AppConfig } from '../config/index.js';
import { createDemoJobSource } from '../demo/index.js';
import type { Logger } from '../logging/index.js';
import type { PostingSource } from '../postings/index.js';
import { createRedisRateLimiter, TheirStackClient, type TheirStackJobSearcher } from '../theirstack/index.js';

/** The demo market is the same for every process and restart, so re-collection finds the same postings. */
export const DEMO_SEED = 20_261_123;
const DEMO_JOB_COUNT = 6_000;

export interface JobSource {
  searcher: TheirStackJobSearcher;
  source: PostingSource;
}

/** Where collections search: TheirStack when an API key is configured, else the demo market. */
export function postingSourceOf(config: AppConfig): PostingSource {
  return config.theirStack.apiKey ? 'theirstack' : 'demo';
}

/**
 * The real API when a key is configured (rate-limited across processes
 * through Redis), otherwise the built-in demo market.
 */
export function chooseJobSource(options: {
  config: AppConfig;
  redis: Redis;
  /** Prefix of the rate limiter's Redis keys. */
  keyPrefix: string;
  logger: Logger;
  clock: Clock;
}): JobSource {
  const { config, redis, keyPrefix, logger, clock } = options;
  const { apiKey } = config.theirStack;
  if (!apiKey) {
    return {
      source: 'demo',
      searcher: createDemoJobSource({ seed: DEMO_SEED, jobCount: DEMO_JOB_COUNT, windowDays: 30, clock }),
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
