import { fixedClock, type TheirStackJobSearchResponse } from '@career-navigator/domain/internal';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTheirStackServer, startFakeTheirStackServer } from './fake-theirstack-server.js';
import { FIXED_NOW, testJob } from './job-fixtures.js';

const API_KEY = 'fake-server-test-key';
const generous = [{ name: 'per-second', limit: 1_000, windowMs: 1_000 }];

async function post(server: FakeTheirStackServer, body: unknown, key: string | null = API_KEY) {
  const response = await fetch(`${server.url}/v1/jobs/search`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

describe('fake TheirStack server', () => {
  let server: FakeTheirStackServer;

  beforeAll(async () => {
    const jobs = Array.from({ length: 12 }, (_, index) =>
      testJob(index + 1, { date_posted: index < 6 ? '2026-04-10' : '2026-04-01', remote: index % 3 === 0 }),
    );
    server = await startFakeTheirStackServer({
      apiKey: API_KEY,
      jobs,
      clock: fixedClock(FIXED_NOW),
      rateLimits: generous,
      credits: 20,
    });
  });
  afterEach(() => server.reset());
  afterAll(() => server.stop());

  it('answers a search with metadata, data and rate-limit headers, and charges a credit per row', async () => {
    const { status, headers, json } = await post(server, {
      posted_at_max_age_days: 3,
      limit: 4,
      include_total_results: true,
    });
    const body = json as unknown as TheirStackJobSearchResponse;
    expect(status).toBe(200);
    expect(body.metadata).toMatchObject({ total_results: 6, truncated_results: 0 });
    expect(body.data.map((job) => job.id)).toEqual([6, 5, 4, 3]);
    expect(headers.get('ratelimit-policy')).toBe('"per-second";q=1000;w=1');
    expect(headers.get('ratelimit-remaining')).toBe('999');
    expect(headers.get('ratelimit')).toBe('"per-second";r=999;t=1');
    expect(server.usedCredits).toBe(4);
    const balance = await fetch(`${server.url}/v0/billing/credit-balance`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(await balance.json()).toEqual({ api_credits: 20, used_api_credits: 4 });
  });

  it('serves preview mode free of charge, and withholds rows once credits run out', async () => {
    const before = server.usedCredits;
    const preview = await post(server, { posted_at_max_age_days: 30, limit: 5, blur_company_data: true });
    expect((preview.json.data as unknown[]).length).toBe(5);
    expect(server.usedCredits).toBe(before);
    const remaining = 20 - before;
    const full = await post(server, { posted_at_max_age_days: 30, limit: 12 });
    expect((full.json.data as unknown[]).length).toBe(Math.min(12, remaining));
    expect(full.json.metadata).toMatchObject({ truncated_results: 12 - Math.min(12, remaining) });
  });

  it('answers 401 with the API error body for a missing or wrong key, and never stores the key', async () => {
    const missing = await post(server, { posted_at_max_age_days: 1 }, null);
    const wrong = await post(server, { posted_at_max_age_days: 1 }, 'nope');
    expect(missing.status).toBe(401);
    expect(wrong.json).toEqual({
      request_id: null,
      error: { code: null, title: 'Unauthorized', description: 'Missing or invalid API key' },
    });
    expect(server.requests.map((request) => request.hadAuthorization)).toEqual([false, true]);
    expect(JSON.stringify(server.requests)).not.toContain(API_KEY);
  });

  it.each([
    [
      { posted_at_max_age_days: 1, min_annual_salary_usd: 1 },
      422,
      'Extra inputs are not permitted: min_annual_salary_usd',
    ],
    [{ job_title_or: ['Engineer'] }, 422, 'At least one of posted_at_max_age_days'],
    [{ posted_at_max_age_days: 1, page: -1 }, 422, 'page'],
    [{ posted_at_max_age_days: 1, limit: 0 }, 422, 'limit'],
    [{ posted_at_gte: '10/04/2026' }, 422, 'posted_at_gte'],
  ])('rejects %j with %i Validation error', async (body, status, mentions) => {
    const response = await post(server, body);
    expect(response.status).toBe(status);
    expect(response.json).toMatchObject({ request_id: null, error: { title: 'Validation error' } });
    expect((response.json.error as { description: string }).description).toContain(mentions);
  });

  it('rejects unknown country codes and non-RE2 patterns with 400', async () => {
    const country = await post(server, { posted_at_max_age_days: 1, job_country_code_or: ['UK'] });
    expect(country.status).toBe(400);
    expect(country.json).toMatchObject({ error: { title: 'Invalid country code exception' } });
    const pattern = await post(server, { posted_at_max_age_days: 1, job_location_pattern_or: ['(a)\\1'] });
    expect(pattern.status).toBe(400);
    expect(pattern.json).toMatchObject({ error: { title: 'Invalid re2 expression exception' } });
  });

  it('answers malformed JSON with a FastAPI-style 422', async () => {
    const response = await post(server, '{"posted_at_max_age_days": ');
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ detail: [{ type: 'json_invalid', loc: ['body', 0] }] });
  });

  it('plays scripted faults once each, in order, then a persistent one until cleared', async () => {
    server.enqueueFaults(
      { type: 'status', status: 503 },
      { type: 'rate-limited', retryAfter: 2, resetSeconds: 5 },
      { type: 'status', status: 402, title: 'Payment required', description: 'No credits left' },
    );
    const unavailable = await post(server, { posted_at_max_age_days: 1 });
    const limited = await post(server, { posted_at_max_age_days: 1 });
    const payment = await post(server, { posted_at_max_age_days: 1 });
    const normal = await post(server, { posted_at_max_age_days: 1 });
    expect([unavailable.status, limited.status, payment.status, normal.status]).toEqual([503, 429, 402, 200]);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reset')).toBe('5');
    expect(payment.json).toMatchObject({
      error: { title: 'Payment required', description: 'No credits left' },
    });
    server.setPersistentFault({ type: 'status', status: 500 });
    expect((await post(server, { posted_at_max_age_days: 1 })).status).toBe(500);
    expect((await post(server, { posted_at_max_age_days: 1 })).status).toBe(500);
    server.setPersistentFault(null);
    expect((await post(server, { posted_at_max_age_days: 1 })).status).toBe(200);
    expect(server.requests.map((request) => request.fault)).toEqual([
      'status',
      'rate-limited',
      'status',
      null,
      'status',
      'status',
      null,
    ]);
  });

  it('can drop the connection, answer broken JSON, or answer late', async () => {
    server.enqueueFaults(
      { type: 'connection-reset' },
      { type: 'malformed-json' },
      { type: 'delay', ms: 300 },
    );
    await expect(post(server, { posted_at_max_age_days: 1 })).rejects.toThrow();
    const broken = await fetch(`${server.url}/v1/jobs/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}` },
      body: '{"posted_at_max_age_days":1}',
    });
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow();
    const started = Date.now();
    expect((await post(server, { posted_at_max_age_days: 1 })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests.map((request) => request.status)).toEqual([null, 200, 200]);
  });
});

describe('fake TheirStack server rate limits', () => {
  it('enforces its windows with 429s whose headers say when to come back', async () => {
    const server = await startFakeTheirStackServer({
      apiKey: API_KEY,
      jobs: [testJob(1)],
      clock: fixedClock(FIXED_NOW),
      rateLimits: [
        { name: 'per-second', limit: 4, windowMs: 1_000 },
        { name: 'per-minute', limit: 10, windowMs: 60_000 },
      ],
    });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof post>> | undefined;
      for (let index = 0; index < 5; index += 1) {
        last = await post(server, { posted_at_max_age_days: 1 });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect(last?.json).toMatchObject({ error: { title: 'Too many requests exception' } });
      expect(last?.headers.get('ratelimit-limit')).toBe('4, 10');
      expect(last?.headers.get('ratelimit-remaining')).toBe('0, 6');
      expect(last?.headers.get('ratelimit-reset')).toBe('1, 60');
      expect(last?.headers.get('retry-after')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('serves a seeded demo market by default', async () => {
    const server = await startFakeTheirStackServer({ apiKey: API_KEY, demo: { seed: 3, jobCount: 300 } });
    try {
      const response = await post(server, {
        posted_at_max_age_days: 30,
        limit: 500,
        include_total_results: true,
      });
      expect(response.json.metadata).toMatchObject({ total_results: 300 });
      expect((response.json.data as unknown[]).length).toBe(300);
    } finally {
      await server.stop();
    }
  });
});
