import { Counter } from 'prom-client';
import { metricsRegistry } from './metrics-registry.js';

export const postingsIngested = new Counter({
  name: 'postings_ingested_total',
  help: 'Postings stored by collections: new ones and re-seen (updated) ones.',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const theirStackRequests = new Counter({
  name: 'theirstack_requests_total',
  help: 'HTTP requests to the TheirStack API by response status (network_error when none came back).',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});

export const theirStackCreditsUsed = new Counter({
  name: 'theirstack_credits_used_total',
  help: 'TheirStack API credits spent (one per returned posting of an unblurred search).',
  registers: [metricsRegistry],
});
