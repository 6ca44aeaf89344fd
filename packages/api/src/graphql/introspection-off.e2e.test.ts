import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV, probeIntrospection } from '../test-support/introspection-probe.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi({ env: PRODUCTION_ENV });

describe('in production without GRAPHQL_INTROSPECTION', () => {
  it('refuses introspection and serves no Sandbox', async () => {
    expect(api.config.isProduction).toBe(true);
    expect(await probeIntrospection(api)).toEqual({ introspection: false, sandbox: false });
  });
});
