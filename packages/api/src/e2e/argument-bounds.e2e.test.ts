import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();
let token = '';

beforeAll(async () => {
  token = (await registerUser(api, 'bounds@example.com', { targetRoles: ['Data Engineer'] })).token;
});

const manySkills = JSON.stringify(Array.from({ length: 51 }, (_, index) => `skill-${index}`));
const longText = 'x'.repeat(101);

/** Each operation breaks exactly one bound of the original API (or a new cap) and must name it. */
const OUT_OF_BOUNDS: readonly { field: string; query: string }[] = [
  { field: 'days', query: '{ skillGapAnalysis(role: "Data Engineer", days: 366) { role } }' },
  { field: 'threshold', query: '{ skillGapAnalysis(role: "Data Engineer", threshold: 0.05) { role } }' },
  { field: 'threshold', query: '{ skillGapAnalysis(role: "Data Engineer", threshold: 1.5) { role } }' },
  { field: 'role', query: '{ skillGapAnalysis(role: "") { role } }' },
  { field: 'days', query: '{ marketTrends(days: 0) { windowDays } }' },
  { field: 'skillsLimit', query: '{ marketTrends(skillsLimit: 51) { windowDays } }' },
  { field: 'locationsLimit', query: '{ marketTrends(locationsLimit: 31) { windowDays } }' },
  { field: 'countryCode', query: '{ marketTrends(countryCode: "DEU") { windowDays } }' },
  { field: 'targetRole', query: `{ learningRoadmap(targetRole: "${longText}") { totalSkills } }` },
  { field: 'skills', query: `{ learningResources(skills: ${manySkills}) { title } }` },
  { field: 'skills', query: '{ learningResources(skills: []) { title } }' },
  { field: 'query', query: '{ searchLearningResources(query: "") { totalFound } }' },
  { field: 'limit', query: '{ searchLearningResources(query: "python", limit: 101) { totalFound } }' },
  { field: 'offset', query: '{ searchLearningResources(query: "python", offset: -1) { totalFound } }' },
  { field: 'limit', query: '{ projectRecommendations(limit: 51) { totalProjects } }' },
  { field: 'skillFocus', query: `{ projectRecommendations(skillFocus: ${manySkills}) { totalProjects } }` },
  { field: 'limit', query: '{ skillBuildingProjects(skills: ["python"], limit: 0) { id } }' },
  { field: 'limit', query: '{ searchProjects(query: "api", limit: 101) { totalFound } }' },
  { field: 'query', query: `{ searchProjects(query: "${longText}") { totalFound } }` },
  { field: 'limit', query: '{ projects(limit: 101) { total } }' },
  { field: 'offset', query: '{ projects(offset: -5) { total } }' },
  {
    field: 'expectedVersion',
    query: 'mutation { updateProfile(input: { expectedVersion: -1 }) { schedulingError } }',
  },
  {
    field: 'fullName',
    query: `mutation { updateProfile(input: { fullName: "${longText}" }) { schedulingError } }`,
  },
];

describe('argument bounds', () => {
  it.each(OUT_OF_BOUNDS)('$query is refused, naming $field', async ({ field, query }) => {
    const error = await graphqlErrorOf(api.client(token).request(query));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('says how long a fixed-length text must be', async () => {
    const error = await graphqlErrorOf(
      api.client(token).request('{ marketTrends(countryCode: "DEU") { windowDays } }'),
    );
    expect(error.message).toBe('countryCode: must be exactly 2 characters');
  });

  it('categorises Figma as a design tool, not devops tooling', async () => {
    await seedPostings({ role: 'UX Designer', skillsPerPosting: [['figma', 'sketch']], firstId: 1 });
    const { marketTrends } = await api
      .client(token)
      .request<{ marketTrends: { topSkills: { skill: string; category: string }[] } }>(
        '{ marketTrends(role: "UX Designer") { topSkills { skill category } } }',
      );
    expect(marketTrends.topSkills).toEqual([
      { skill: 'figma', category: 'design_tool' },
      { skill: 'sketch', category: 'design_tool' },
    ]);
  });

  it('accept the edges of each range', async () => {
    const data = await api
      .client(token)
      .request<{ m: { windowDays: number }; p: { total: number } }>(
        '{ m: marketTrends(days: 365, skillsLimit: 50, locationsLimit: 30) { windowDays } p: projects(limit: 100, offset: 0) { total } }',
      );
    expect(data.m.windowDays).toBe(365);
    expect(data.p.total).toBeGreaterThan(0);
  });

  it('leave whitespace-only search text to the domain, which names it too', async () => {
    const error = await graphqlErrorOf(
      api.client(token).request('{ searchProjects(query: "   ") { totalFound } }'),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('check enum arguments in the schema', async () => {
    const error = await graphqlErrorOf(
      api.client(token).request('{ projects(difficulty: EXPERT) { total } }'),
    );
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
