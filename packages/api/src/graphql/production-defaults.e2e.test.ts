import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV, probeIntrospection } from '../test-support/introspection-probe.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi({ env: PRODUCTION_ENV });

describe('in production by default', () => {
  it('refuses introspection and serves no Sandbox', async () => {
    expect(api.config.isProduction).toBe(true);
    expect(await probeIntrospection(api)).toEqual({ introspection: false, sandbox: false });
  });

  it('serves no /metrics without METRICS_TOKEN and no queue dashboard', async () => {
    expect((await fetch(`${api.origin}/metrics`)).status).toBe(404);
    expect((await fetch(`${api.origin}/admin/queues`)).status).toBe(404);
  });
});
