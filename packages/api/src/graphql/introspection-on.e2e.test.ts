import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV, probeIntrospection } from '../test-support/introspection-probe.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi({ env: { ...PRODUCTION_ENV, GRAPHQL_INTROSPECTION: 'true' } });

describe('in production with GRAPHQL_INTROSPECTION=true', () => {
  it('answers introspection and serves the Sandbox landing page', async () => {
    expect(api.config.isProduction).toBe(true);
    expect(await probeIntrospection(api)).toEqual({ introspection: true, sandbox: true });
  });
});
