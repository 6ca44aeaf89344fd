import * as operations from '@career-navigator/client';
import { metricValue, parsePrometheusText } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

async function scrape() {
  const response = await fetch(`${api.origin}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

describe('GET /metrics outside production', () => {
  it('parses as Prometheus text and has the process metrics, event-loop lag included', async () => {
    const samples = await scrape();
    expect(metricValue(samples, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(samples.some((sample) => sample.name === 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
  });

  it('counts HTTP requests by route and status, with their durations', async () => {
    const before = await scrape();
    const labels = { method: 'GET', route: '/health', status_code: '200' };
    for (let i = 0; i < 3; i++) expect((await fetch(`${api.origin}/health`)).status).toBe(200);
    await fetch(`${api.origin}/no-such-page`);
    const after = await scrape();
    expect(
      metricValue(after, 'http_requests_total', labels) - metricValue(before, 'http_requests_total', labels),
    ).toBe(3);
    expect(
      metricValue(after, 'http_request_duration_seconds_count', labels) -
        metricValue(before, 'http_request_duration_seconds_count', labels),
    ).toBe(3);
    const unmatched = { route: 'unmatched', status_code: '404' };
    expect(
      metricValue(after, 'http_requests_total', unmatched) -
        metricValue(before, 'http_requests_total', unmatched),
    ).toBe(1);
  });

  it('counts GraphQL operations by name and outcome', async () => {
    const user = await registerUser(api, 'metrics@example.com');
    const before = await scrape();
    await api.client().request(operations.HealthDocument);
    await api.client().request(operations.HealthDocument);
    await api
      .client()
      .request(operations.LoginDocument, { email: user.email, password: `${STRONG_PASSWORD}-wrong` })
      .catch(() => undefined);
    const after = await scrape();
    const moved = (labels: Record<string, string>) =>
      metricValue(after, 'graphql_operations_total', labels) -
      metricValue(before, 'graphql_operations_total', labels);
    expect(moved({ operation_name: 'Health', operation_type: 'query', outcome: 'success' })).toBe(2);
    expect(moved({ operation_name: 'Login', operation_type: 'mutation', outcome: 'client_error' })).toBe(1);
    expect(
      metricValue(after, 'http_requests_total', { route: '/graphql', method: 'POST' }) -
        metricValue(before, 'http_requests_total', { route: '/graphql', method: 'POST' }),
    ).toBe(3);
  });

  it("reports the principal, window-totals and answer caches' lookups and hit ratios", async () => {
    const user = await registerUser(api, 'metrics-caches@example.com');
    const before = await scrape();
    for (let i = 0; i < 3; i++) {
      await api.client(user.token).request(operations.MeDocument);
      // The same question is answered from the kept answers; other limits over the same windows
      // are new answers from the kept window totals.
      await api.client().request(operations.MarketTrendsDocument, { days: 30 });
      await api.client().request(operations.MarketTrendsDocument, { days: 30, skillsLimit: 5 + i });
    }
    const after = await scrape();
    for (const cache of ['principal', 'window_totals', 'rollup_answers']) {
      const moved = (result: string) =>
        metricValue(after, 'cache_lookups_total', { cache, result }) -
        metricValue(before, 'cache_lookups_total', { cache, result });
      // The first request may fill the cache; the later ones of the same user and window find it.
      expect(moved('hit') + moved('miss'), cache).toBeGreaterThanOrEqual(3);
      expect(moved('hit'), cache).toBeGreaterThanOrEqual(2);
      const ratio = metricValue(after, 'cache_hit_ratio', { cache });
      expect(ratio, cache).toBeGreaterThan(0);
      expect(ratio, cache).toBeLessThanOrEqual(1);
    }
  });
});
