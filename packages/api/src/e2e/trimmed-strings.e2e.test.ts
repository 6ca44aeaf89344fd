import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { post } from '../test-support/raw-graphql.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

describe('string arguments', () => {
  it('refuse a value of spaces only, naming the argument, in public and signed-in fields', async () => {
    const { token } = await registerUser(api, 'spaces@example.com');
    const cases = [
      { query: '{ marketTrends(role: "   ") { totalJobsAnalyzed } }', field: 'role' },
      { query: '{ learningRoadmap(targetRole: " \\t ") { targetRole } }', field: 'targetRole' },
      { query: '{ projectRecommendations(targetRole: "  ") { projects { title } } }', field: 'targetRole' },
      { query: '{ learningResources(skills: ["react", "  "]) { title } }', field: 'skills[1]' },
    ];
    for (const { query, field } of cases) {
      const { body } = await post(api.origin, { query }, { authorization: `Bearer ${token}` });
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0]?.message).toContain(field);
    }
  });

  it('are trimmed before they are used', async () => {
    const { body } = await post(api.origin, {
      query: 'query M($role: String) { marketTrends(role: $role) { filters { role } } }',
      variables: { role: '  Backend Developer  ' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ marketTrends: { filters: { role: 'Backend Developer' } } });
  });

  it('leave passwords as typed', async () => {
    const { body } = await post(api.origin, {
      query:
        'mutation { register(input: { email: "padded@example.com", password: "  Padded-Pass-42  ", fullName: "Padded" }) { user { email } } }',
    });
    expect(body.errors).toBeUndefined();
    const wrong = await post(api.origin, {
      query: 'mutation { login(email: "padded@example.com", password: "Padded-Pass-42") { accessToken } }',
    });
    expect(wrong.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('aliases of one top-level field with equal arguments', () => {
  it('share one computed result', async () => {
    const { body } = await post(api.origin, {
      query:
        '{ a: marketTrends(days: 30) { generatedAt totalJobsAnalyzed } b: marketTrends(days: 30) { generatedAt totalJobsAnalyzed } }',
    });
    const data = body.data as Record<string, { generatedAt: string }>;
    expect(body.errors).toBeUndefined();
    expect(data.a?.generatedAt).toBe(data.b?.generatedAt);
  });
});
