import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV } from '../test-support/introspection-probe.js';
import { post } from '../test-support/raw-graphql.js';
import { useTestApi } from '../test-support/test-api.js';

const production = useTestApi({ env: PRODUCTION_ENV });

describe('errors in production', () => {
  it('suggest no schema names: fields, enum values, input fields', async () => {
    const field = await post(production.origin, { query: '{ healt { status } }' });
    expect(field.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.body.errors?.[0]?.message).not.toMatch(/Did you mean|health/);
    const enumValue = await post(production.origin, {
      query: 'query P($d: Difficulty) { projects(difficulty: $d) { total } }',
      variables: { d: 'BEGINER' },
    });
    expect(enumValue.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(enumValue.body)).not.toMatch(/Did you mean|BEGINNER/);
    const inputField = await post(production.origin, {
      query: 'mutation { register(input: { emial: "a@example.com", password: "x" }) { accessToken } }',
    });
    expect(JSON.stringify(inputField.body)).not.toMatch(/Did you mean|"email"/);
  });
});
