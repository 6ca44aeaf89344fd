/**
 * Runs the fake TheirStack API on its own, for manual runs and benchmarks:
 *   pnpm build && npx tsx packages/testkit/src/theirstack/main.ts --port 8787 --jobs 5000 --seed 42 --api-key dev
 * Prints the base URL on stdout, then serves until interrupted.
 */
import { parseArgs } from 'node:util';
import {
  FREE_PLAN_RATE_LIMITS,
  PAID_PLAN_RATE_LIMITS,
  startFakeTheirStackServer,
} from './fake-theirstack-server.js';

const RATE_PLANS = { free: FREE_PLAN_RATE_LIMITS, paid: PAID_PLAN_RATE_LIMITS, none: null } as const;

function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, got "${text}"`);
  return value;
}

function ratePlan(name: string): (typeof RATE_PLANS)[keyof typeof RATE_PLANS] {
  if (!(name in RATE_PLANS))
    throw new Error(`--rate-limits must be one of ${Object.keys(RATE_PLANS).join(', ')}`);
  return RATE_PLANS[name as keyof typeof RATE_PLANS];
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    jobs: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '42' },
    'window-days': { type: 'string', default: '30' },
    'api-key': { type: 'string', default: process.env.THEIR_STACK_API_KEY || 'dev' },
    'rate-limits': { type: 'string', default: 'paid' },
    credits: { type: 'string', default: '1000000' },
  },
});

const server = await startFakeTheirStackServer({
  apiKey: values['api-key'],
  port: wholeNumber('port', values.port),
  host: values.host,
  demo: {
    seed: wholeNumber('seed', values.seed),
    jobCount: wholeNumber('jobs', values.jobs),
    windowDays: wholeNumber('window-days', values['window-days']),
  },
  rateLimits: ratePlan(values['rate-limits']),
  credits: wholeNumber('credits', values.credits),
});
process.stdout.write(`${server.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
