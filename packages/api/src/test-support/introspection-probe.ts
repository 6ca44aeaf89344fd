import type { TestApi } from './test-api.js';

/** Production mode: the test JWT secret is long enough for production's rule; the pepper is required there. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  PASSWORD_PEPPER: 'api-e2e-test-pepper-that-is-long-enough-0123456789',
} as const;

/** Whether the API answers an introspection query, and whether it serves the Sandbox page to a browser. */
export async function probeIntrospection(
  api: TestApi,
): Promise<{ introspection: boolean; sandbox: boolean }> {
  const response = await fetch(api.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  const body = (await response.json()) as { data?: { __schema?: { queryType: { name: string } } } };
  const page = await fetch(api.endpoint, { headers: { accept: 'text/html' } });
  const html = await page.text();
  return {
    introspection: body.data?.__schema?.queryType.name === 'Query',
    sandbox: page.status === 200 && html.includes('embeddable-sandbox'),
  };
}
