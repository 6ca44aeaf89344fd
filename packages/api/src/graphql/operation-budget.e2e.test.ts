import { describe, expect, it } from 'vitest';
import { post } from '../test-support/raw-graphql.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi({
  throttles: { operationCost: { limit: 2_000, windowSeconds: 60 } },
  trustProxy: true,
});

const REPORT = { query: '{ marketTrends(skillsLimit: 1, locationsLimit: 1) { totalJobsAnalyzed } }' };

describe('the cost budget of a client IP', () => {
  it('answers RATE_LIMITED (HTTP 429) once the minute is spent, other addresses unaffected', async () => {
    const spender = { 'x-forwarded-for': '198.51.100.70' };
    const first = await post(api.origin, REPORT, spender);
    expect(first.body.errors).toBeUndefined();
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) answers.push(await post(api.origin, REPORT, spender));
    const refused = answers.at(-1);
    expect(refused?.status).toBe(429);
    expect(refused?.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused?.body.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);

    const other = await post(api.origin, REPORT, { 'x-forwarded-for': '198.51.100.71' });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });
});
