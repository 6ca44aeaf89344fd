import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import {
  type FakeTheirStackServer,
  FIXED_NOW,
  startFakeTheirStackServer,
  testJob,
} from '@career-navigator/testkit';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/index.js';
import { createInMemoryRateLimiter } from './request-rate-limiter.js';
import { TheirStackClient, type TheirStackClientOptions } from './theirstack.client.js';
import {
  TheirStackAuthenticationError,
  TheirStackClientError,
  TheirStackError,
  TheirStackInvalidRequestError,
  TheirStackResponseError,
  TheirStackRetryableError,
} from './theirstack.errors.js';
import type { TheirStackJobSearchRequest } from './theirstack.types.js';

const API_KEY = 'ts-secret-key-0123456789';
const JOB_COUNT = 23;
const search: TheirStackJobSearchRequest = { posted_at_max_age_days: 30, limit: 10 };

let server: FakeTheirStackServer;
let sleeps: number[];

beforeAll(async () => {
  const jobs = Array.from({ length: JOB_COUNT }, (_, index) =>
    testJob(1_000 + index, { job_title: index % 2 === 0 ? 'Data Engineer' : 'Frontend Developer' }),
  );
  server = await startFakeTheirStackServer({
    apiKey: API_KEY,
    jobs,
    clock: fixedClock(FIXED_NOW),
    rateLimits: [
      { name: 'per-second', limit: 1_000, windowMs: 1_000 },
      { name: 'per-minute', limit: 10_000, windowMs: 60_000 },
    ],
  });
});
afterEach(() => server.reset());
afterAll(() => server.stop());

/** A client whose waits are recorded instead of slept, with jitter pinned to the exponential value. */
function client(overrides: Partial<TheirStackClientOptions> = {}): TheirStackClient {
  sleeps = [];
  return new TheirStackClient({
    baseUrl: server.url,
    apiKey: API_KEY,
    timeoutMs: 2_000,
    maxRetries: 3,
    backoff: { baseMs: 100, maxMs: 1_000 },
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

const sentPages = () => server.requests.map((request) => (request.body as TheirStackJobSearchRequest).page);

describe('TheirStackClient searches', () => {
  it('pages from 0 until a short page, paying one credit per row', async () => {
    const theirStack = client();
    const pages = [];
    for (let page = 0; ; page += 1) {
      const result = await theirStack.searchJobs({ ...search, page });
      pages.push(result);
      if (result.jobs.length < 10) break;
    }
    expect(pages.map((result) => result.jobs.length)).toEqual([10, 10, 3]);
    expect(new Set(pages.flatMap((result) => result.jobs.map((job) => job.id))).size).toBe(JOB_COUNT);
    expect(pages.map((result) => result.creditsUsed)).toEqual([10, 10, 3]);
    expect(sentPages()).toEqual([0, 1, 2]);
    expect(server.requests[0]?.body).toEqual({ ...search, page: 0 });
  });

  it('returns totals when asked, the rate-limit state, and the filters applied', async () => {
    const result = await client().searchJobs({
      ...search,
      job_title_or: ['frontend developer'],
      include_total_results: true,
    });
    expect(result.totalResults).toBe(11);
    expect(result.truncatedResults).toBe(0);
    expect(result.jobs.every((job) => job.job_title === 'Frontend Developer')).toBe(true);
    expect(result.rateLimit).toEqual([
      { name: 'per-second', limit: 1_000, remaining: 999, resetSeconds: 1 },
      { name: 'per-minute', limit: 10_000, remaining: 9_999, resetSeconds: 60 },
    ]);
    expect((await client().searchJobs({ ...search, offset: 20 })).totalResults).toBeNull();
  });

  it('probes in preview mode, which costs no credits', async () => {
    const result = await client().probe();
    expect(result.creditsUsed).toBe(0);
    expect(server.usedCredits).toBe(0);
    expect(server.requests[0]?.body).toEqual({
      posted_at_max_age_days: 1,
      limit: 1,
      page: 0,
      blur_company_data: true,
    });
    expect(result.jobs[0]?.has_blurred_data).toBe(true);
  });

  it('reads the credit balance', async () => {
    await client().searchJobs({ ...search, limit: 4 });
    expect(await client().creditBalance()).toEqual({ apiCredits: 1_000_000, usedApiCredits: 4 });
  });

  it.each([
    [
      'without a date or company filter',
      { job_title_or: ['Data Engineer'] },
      'At least one of posted_at_max_age_days',
    ],
    ['with both page and offset', { ...search, page: 1, offset: 10 }, 'either page or offset'],
    [
      'with an undocumented field',
      { ...search, is_closed: false },
      'Extra inputs are not permitted: is_closed',
    ],
    ['with a negative page', { ...search, page: -1 }, 'page'],
  ])('refuses a request %s without sending it', async (_case, request, mentions) => {
    const error = await failureOf(client().searchJobs(request as TheirStackJobSearchRequest));
    expect(error).toBeInstanceOf(TheirStackInvalidRequestError);
    expect(error.message).toContain(mentions);
    expect(server.requests).toHaveLength(0);
  });
});

describe('TheirStackClient retries', () => {
  it('retries 5xx with exponential backoff, then succeeds', async () => {
    server.enqueueFaults(
      { type: 'status', status: 500 },
      { type: 'status', status: 502 },
      { type: 'status', status: 503 },
    );
    const result = await client().searchJobs(search);
    expect(result.jobs).toHaveLength(10);
    expect(server.requests.map((request) => request.status)).toEqual([500, 502, 503, 200]);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('gives up after maxRetries with a retryable error that says how it ended', async () => {
    server.setPersistentFault({ type: 'status', status: 503 });
    const error = await failureOf(client({ maxRetries: 2 }).searchJobs(search));
    expect(error).toBeInstanceOf(TheirStackRetryableError);
    expect(error).toMatchObject({ attempts: 3, lastStatus: 503, lastErrorCode: null });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('caps the backoff and keeps jitter within ±20%', async () => {
    server.setPersistentFault({ type: 'status', status: 500 });
    await failureOf(client({ maxRetries: 5, backoff: { baseMs: 100, maxMs: 250 } }).searchJobs(search));
    expect(sleeps).toEqual([100, 200, 250, 250, 250]);
    server.reset();
    server.setPersistentFault({ type: 'status', status: 500 });
    await failureOf(client({ maxRetries: 2, random: () => 0 }).searchJobs(search));
    expect(sleeps).toEqual([80, 160]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
    server.enqueueFaults(
      { type: 'rate-limited', retryAfter: 3 },
      { type: 'rate-limited', retryAfter: inTwoSeconds },
      { type: 'status', status: 503, headers: { 'Retry-After': '0.25' } },
    );
    await client({ maxRetries: 3 }).searchJobs(search);
    expect(server.requests.map((request) => request.status)).toEqual([429, 429, 503, 200]);
    expect(sleeps[0]).toBe(3_000);
    expect(sleeps[1]).toBeGreaterThan(500);
    expect(sleeps[1]).toBeLessThanOrEqual(2_000);
    expect(sleeps[2]).toBe(250);
  });

  it('waits for the exhausted window to reset when a 429 has no Retry-After, else backs off', async () => {
    server.enqueueFaults(
      { type: 'rate-limited', resetSeconds: 7 },
      { type: 'status', status: 429, title: 'Too many requests exception' },
    );
    await client().searchJobs(search);
    expect(sleeps).toEqual([7_000, 200]);
  });

  it('stops at once when the server asks for a longer wait than it is willing to sleep', async () => {
    server.enqueueFaults({ type: 'rate-limited', retryAfter: 3_600 });
    const error = await failureOf(client().searchJobs(search));
    expect(error).toBeInstanceOf(TheirStackRetryableError);
    expect(error).toMatchObject({ attempts: 1, lastStatus: 429, retryAfterMs: 3_600_000 });
    expect(sleeps).toEqual([]);
  });

  it('really waits the Retry-After before retrying', async () => {
    server.enqueueFaults({ type: 'rate-limited', retryAfter: 1 });
    const started = Date.now();
    await client({ sleep: undefined }).searchJobs(search);
    const [first, second] = server.requests;
    expect(second!.receivedAt.getTime() - first!.receivedAt.getTime()).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('retries dropped connections and timeouts', async () => {
    server.enqueueFaults({ type: 'connection-reset' }, { type: 'delay', ms: 1_000 });
    const result = await client({ timeoutMs: 200 }).searchJobs(search);
    expect(result.jobs).toHaveLength(10);
    expect(server.requests.map((request) => request.fault)).toEqual(['connection-reset', 'delay', null]);
    expect(sleeps).toEqual([100, 200]);
  });

  it('takes its timeout from the app config in seconds', async () => {
    server.enqueueFaults({ type: 'delay', ms: 1_500 });
    const fromConfig = TheirStackClient.fromConfig({
      baseUrl: server.url,
      apiKey: API_KEY,
      timeoutSeconds: 1,
      maxRetries: 0,
    });
    const started = Date.now();
    const error = await failureOf(fromConfig.searchJobs(search));
    expect(error).toMatchObject({ attempts: 1, lastErrorCode: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('reports the network error code once retries are spent', async () => {
    server.setPersistentFault({ type: 'delay', ms: 1_000 });
    const timedOut = await failureOf(client({ timeoutMs: 100, maxRetries: 1 }).searchJobs(search));
    expect(timedOut).toMatchObject({ attempts: 2, lastStatus: null, lastErrorCode: 'ETIMEDOUT' });
    server.setPersistentFault({ type: 'connection-reset' });
    const reset = await failureOf(client({ maxRetries: 0 }).searchJobs(search));
    expect(reset).toMatchObject({ attempts: 1, lastStatus: null, lastErrorCode: 'ECONNRESET' });
    expect(reset.message).toContain('ECONNRESET');
  });

  it('waits for its rate limiter before every attempt, so the server never has to refuse', async () => {
    const paced = await startFakeTheirStackServer({
      apiKey: API_KEY,
      jobs: [testJob(1)],
      clock: fixedClock(FIXED_NOW),
      // A little shorter than the client's window, so network jitter cannot make the two disagree.
      rateLimits: [{ name: 'per-second', limit: 2, windowMs: 900 }],
      faults: [{ type: 'status', status: 500 }],
    });
    try {
      const limiter = createInMemoryRateLimiter({ perSecond: 2, perMinute: 100 });
      const theirStack = new TheirStackClient({
        baseUrl: paced.url,
        apiKey: API_KEY,
        limiter,
        backoff: { baseMs: 1 },
      });
      const started = Date.now();
      await Promise.all([1, 2, 3].map(() => theirStack.searchJobs(search)));
      expect(paced.requests.map((request) => request.status).sort()).toEqual([200, 200, 200, 500]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await paced.stop();
    }
  });
});

describe('TheirStackClient failures that are not retried', () => {
  it('raises an authentication error for a wrong key (401) or a forbidden one (403)', async () => {
    const wrongKey = await failureOf(client({ apiKey: 'wrong' }).searchJobs(search));
    expect(wrongKey).toBeInstanceOf(TheirStackAuthenticationError);
    expect(wrongKey).toMatchObject({
      status: 401,
      title: 'Unauthorized',
      description: 'Missing or invalid API key',
    });
    server.enqueueFaults({
      type: 'status',
      status: 403,
      title: 'Forbidden',
      description: 'Plan does not include the API',
    });
    const forbidden = await failureOf(client().searchJobs(search));
    expect(forbidden).toBeInstanceOf(TheirStackAuthenticationError);
    expect(forbidden.message).toBe(
      'TheirStack POST /v1/jobs/search failed with 403 (Forbidden: Plan does not include the API)',
    );
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });

  it('raises a client error carrying the API title and description for 400, 402 and 422', async () => {
    const country = await failureOf(client().searchJobs({ ...search, job_country_code_or: ['UK'] }));
    expect(country).toBeInstanceOf(TheirStackClientError);
    expect(country).toMatchObject({ status: 400, title: 'Invalid country code exception' });
    expect((country as TheirStackClientError).description).toContain("'UK'");

    server.enqueueFaults({
      type: 'status',
      status: 402,
      title: 'Payment required',
      description: 'No API credits left',
    });
    expect(await failureOf(client().searchJobs(search))).toMatchObject({
      status: 402,
      title: 'Payment required',
      description: 'No API credits left',
      code: null,
    });

    server.enqueueFaults({
      type: 'status',
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'limit'],
            msg: 'Input should be greater than or equal to 1',
            type: 'greater_than_equal',
          },
        ],
      },
    });
    const unprocessable = await failureOf(client().searchJobs(search));
    expect(unprocessable).toBeInstanceOf(TheirStackClientError);
    expect(unprocessable).toMatchObject({
      status: 422,
      title: 'Validation error',
      description: 'body.limit: Input should be greater than or equal to 1',
    });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([]);
  });

  it('raises a response error for a 2xx that is not valid JSON, without retrying', async () => {
    server.enqueueFaults({ type: 'malformed-json' });
    const error = await failureOf(client().searchJobs(search));
    expect(error).toBeInstanceOf(TheirStackResponseError);
    expect(error.message).toContain('not valid JSON');
    expect(server.requests).toHaveLength(1);
  });

  it('never reveals the API key in errors or logs', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const theirStack = client({ logger, maxRetries: 1 });
    server.enqueueFaults(
      { type: 'connection-reset' },
      { type: 'connection-reset' },
      { type: 'status', status: 503 },
      { type: 'delay', ms: 500 },
      { type: 'status', status: 402 },
      { type: 'malformed-json' },
    );
    const errors = [
      await failureOf(theirStack.searchJobs(search)),
      await failureOf(client({ logger, timeoutMs: 100, maxRetries: 1 }).searchJobs(search)),
      await failureOf(theirStack.searchJobs(search)),
      await failureOf(theirStack.searchJobs(search)),
      await failureOf(theirStack.searchJobs({ posted_at_max_age_days: 1, page: 0, offset: 1 })),
    ];
    await theirStack.searchJobs(search);
    for (const error of errors) {
      expect(error).toBeInstanceOf(TheirStackError);
      expect(
        `${error.message} ${error.stack} ${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`,
      ).not.toContain(API_KEY);
    }
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).not.toContain(API_KEY);
    expect(inspect(theirStack, { depth: 10 })).not.toContain(API_KEY);
  });
});
