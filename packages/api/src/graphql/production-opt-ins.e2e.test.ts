import { metricValue, parsePrometheusText } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV, probeIntrospection } from '../test-support/introspection-probe.js';
import { useTestApi } from '../test-support/test-api.js';

const METRICS_TOKEN = 'scraper-token-0123456789abcdef';
const api = useTestApi({
  env: { ...PRODUCTION_ENV, GRAPHQL_INTROSPECTION: 'true', METRICS_TOKEN, QUEUE_DASHBOARD: 'true' },
});

describe('in production with the opt-in settings', () => {
  it('GRAPHQL_INTROSPECTION=true answers introspection and serves the Sandbox landing page', async () => {
    expect(api.config.isProduction).toBe(true);
    expect(await probeIntrospection(api)).toEqual({ introspection: true, sandbox: true });
  });

  it('METRICS_TOKEN opens /metrics to whoever presents it, and only to them', async () => {
    const metrics = `${api.origin}/metrics`;
    expect((await fetch(metrics)).status).toBe(401);
    expect(
      (await fetch(metrics, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    const response = await fetch(metrics, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    const samples = parsePrometheusText(await response.text());
    expect(metricValue(samples, 'http_requests_total', { route: '/metrics', status_code: '401' })).toBe(2);
  });

  it('QUEUE_DASHBOARD=true mounts the dashboard, still for admins only', async () => {
    expect((await fetch(`${api.origin}/admin/queues`)).status).toBe(401);
  });
});
