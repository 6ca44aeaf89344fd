import * as operations from '@career-navigator/client';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { ADMIN_EMAIL, useTestApi } from '../test-support/test-api.js';
import { DEFAULT_QUERY_LIMITS } from './query-limits.plugin.js';

// No type in the schema nests deeper than four fields, so the depth limit is lowered to be reachable.
const api = useTestApi({ queryLimits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 3 } });

interface RawResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(api.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

const FULL_MARKET_SELECTION = `
  topSkills { skill displayName category count percentage growthPercentage }
  topLocations { location count }
  technologyTrends { technology skill displayName category count percentage growthPercentage }
  salaryTrends { location avgMin avgMax count }
  skillSalaries { skill displayName p25Usd p50Usd p75Usd count }
  remoteDistribution { remote count percentage }
  totalJobsAnalyzed previousWindowJobs generatedAt windowDays dataSources
  filters { role remote countryCode }
`;

describe('query limits', () => {
  it('refuse an operation nested deeper than allowed before running it', async () => {
    const { token } = await registerUser(api, ADMIN_EMAIL);
    const { status, body } = await post(
      { query: '{ collectionStatistics { lastRun { results { role } } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'The query is 4 levels deep; at most 3 are allowed',
        extensions: { code: 'QUERY_TOO_DEEP', depth: 4, maxDepth: 3 },
      },
    ]);
  });

  it('refuse aliased copies of an expensive field, counting list sizes', async () => {
    const copies = Array.from(
      { length: 3 },
      (_, index) => `m${index}: marketTrends(skillsLimit: 50) { ${FULL_MARKET_SELECTION} }`,
    );
    const { status, body } = await post({ query: `{ ${copies.join('\n')} }` });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: DEFAULT_QUERY_LIMITS.maxComplexity,
    });
    expect(body.errors?.[0]?.extensions.complexity).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxComplexity);
  });

  it('let the costliest real operations through', async () => {
    const market = await post({
      query: `{ marketTrends(skillsLimit: 50, locationsLimit: 30) { ${FULL_MARKET_SELECTION} } }`,
    });
    expect(market.body.errors).toBeUndefined();
    const { token } = await registerUser(api, 'reader@example.com');
    const { projects } = await api.client(token).request(operations.ProjectsDocument, { limit: 100 });
    expect(projects.projects.length).toBeGreaterThan(50);
  });

  it('take the size from variables too', async () => {
    const query =
      'query Q($n: Int!) { a: marketTrends(skillsLimit: $n) { topSkills { skill } } b: marketTrends(skillsLimit: $n) { topSkills { skill } } }';
    expect((await post({ query, variables: { n: 10 } })).status).toBe(200);
    const refused = await post({
      query: query.replaceAll('topSkills { skill }', FULL_MARKET_SELECTION),
      variables: { n: 50 },
    });
    expect(refused.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('cost one document again when a size or a condition in its variables changes, not its strings', async () => {
    const query = `query Q($n: Int!, $full: Boolean!, $country: String) {
      a: marketTrends(countryCode: $country, skillsLimit: $n) { topSkills { skill } ...Full @include(if: $full) }
      b: marketTrends(countryCode: $country, skillsLimit: $n) { topSkills { skill } ...Full @include(if: $full) } }
      fragment Full on MarketTrends { ${FULL_MARKET_SELECTION} }`;
    const ask = async (variables: Record<string, unknown>) =>
      (await post({ query, variables })).body.errors?.[0]?.extensions.code;
    expect(await ask({ n: 10, full: false, country: 'US' })).toBeUndefined();
    expect(await ask({ n: 10, full: false, country: 'DE' })).toBeUndefined();
    expect(await ask({ n: 50, full: true, country: 'DE' })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: 10, full: false, country: 'DE' })).toBeUndefined();
    expect(await ask({ n: 10, full: true, country: 'US' })).toBeUndefined();
    expect(await ask({ n: 50, full: false, country: 'US' })).toBeUndefined();
    expect(await ask({ n: 50, full: true, country: 'US' })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: 'ten', full: false, country: 'DE' })).toBe('BAD_USER_INPUT');
  });

  it('leave introspection usable in development', async () => {
    const { status, body } = await post({ query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('request shape', () => {
  it('refuses batched operations', async () => {
    const { status, body } = await post([
      { query: '{ health { status } }' },
      { query: '{ health { status } }' },
    ]);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batch/i);
  });

  it('refuses a GET without a CSRF-preflight header, and serves one with it', async () => {
    const url = `${api.endpoint}?query=${encodeURIComponent('{ health { status } }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/apollo-require-preflight/);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('refuses a simple text/plain POST', async () => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('keeps the codes of requests graphql itself refuses', async () => {
    const unknownField = await post({ query: '{ nope }' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unparsable = await post({ query: '{ health { ' });
    expect(unparsable.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const badVariable = await post({
      query: 'query Q($days: Int!) { marketTrends(days: $days) { windowDays } }',
      variables: { days: 'thirty' },
    });
    expect(badVariable.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
