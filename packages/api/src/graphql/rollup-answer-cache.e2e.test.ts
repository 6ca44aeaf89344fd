import * as operations from '@career-navigator/client';
import { metricValue, parsePrometheusText } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { registerUser, type SignedInUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { post } from '../test-support/raw-graphql.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();
const ROLE = 'Backend Engineer';

async function answerLookups(): Promise<{ hits: number; misses: number }> {
  const samples = parsePrometheusText(await (await fetch(`${api.origin}/metrics`)).text());
  return {
    hits: metricValue(samples, 'cache_lookups_total', { cache: 'rollup_answers', result: 'hit' }),
    misses: metricValue(samples, 'cache_lookups_total', { cache: 'rollup_answers', result: 'miss' }),
  };
}

/** Lookups of the kept answers while `ask` runs. */
async function lookupsDuring(ask: () => Promise<unknown>): Promise<{ hits: number; misses: number }> {
  const before = await answerLookups();
  await ask();
  const after = await answerLookups();
  return { hits: after.hits - before.hits, misses: after.misses - before.misses };
}

/** Postings of ROLE seen today, one skill list each. */
const seed = (firstId: number, ...skillsPerPosting: string[][]) =>
  seedPostings({ role: ROLE, skillsPerPosting, firstId });

const learner = (email: string, skills: string[]): Promise<SignedInUser> =>
  registerUser(api, email, { targetRoles: [ROLE], skills });

const gapOf = async (token: string | undefined) =>
  (await api.client(token).request(operations.SkillGapAnalysisDocument, { role: ROLE, threshold: 0.1 }))
    .skillGapAnalysis;
const owned = async (token: string) =>
  (await gapOf(token)).requiredSkills
    .filter((skill) => skill.userHas)
    .map((skill) => skill.skill)
    .sort();

describe('kept rollup answers, over HTTP', () => {
  it('answers a repeated market question from the cache until the next ingestion lands', async () => {
    await seed(1, ['python'], ['python', 'sql'], ['go']);
    const ask = async (variables: { days: number; skillsLimit?: number }) =>
      (await api.client().request(operations.MarketTrendsDocument, variables)).marketTrends;
    const first = await ask({ days: 30 });
    let repeated: typeof first | undefined;
    expect(await lookupsDuring(async () => (repeated = await ask({ days: 30 })))).toEqual({
      hits: 1,
      misses: 0,
    });
    expect(repeated).toEqual(first);
    expect(first.totalJobsAnalyzed).toBe(3);

    await seed(100, ['rust'], ['rust', 'python']);
    const fresh = await ask({ days: 30 });
    expect(fresh.totalJobsAnalyzed).toBe(5);
    expect(fresh.topSkills.find((skill) => skill.skill === 'rust')?.count).toBe(2);
    // Other variables are another question, answered on its own.
    expect((await ask({ days: 30, skillsLimit: 1 })).topSkills.map((skill) => skill.skill)).toEqual([
      'python',
    ]);
  });

  it('keys an answer by the variables the operation declares, not by others sent along', async () => {
    const query = 'query Kept($limit: Int) { roles(limit: $limit) { role } }';
    const ask = (variables: Record<string, unknown>) => post(api.origin, { query, variables });
    expect((await ask({ limit: 3 })).status).toBe(200);
    const padded = await lookupsDuring(() => ask({ limit: 3, padding: 'x'.repeat(100_000) }));
    expect(padded).toEqual({ hits: 1, misses: 0 });
  });

  it("keeps a signed-in caller's answers to them, and refuses the same question without a valid token", async () => {
    await seed(200, ['python', 'docker'], ['python', 'kubernetes']);
    const pythonist = await learner('kept-python@example.com', ['python']);
    const dockerist = await learner('kept-docker@example.com', ['docker']);
    for (let round = 0; round < 2; round++) {
      expect(await owned(pythonist.token)).toEqual(['python']);
      expect(await owned(dockerist.token)).toEqual(['docker']);
    }
    expect((await graphqlErrorOf(gapOf(undefined))).extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphqlErrorOf(gapOf('not-a-token'))).extensions.code).toBe('UNAUTHENTICATED');

    const profile = (token?: string) =>
      api.client(token).request(operations.RoleProfileDocument, { role: ROLE });
    const signedIn = (await profile(pythonist.token)).roleProfile;
    expect(signedIn.skills.find((skill) => skill.skill === 'python')?.userHas).toBe(true);
    const anonymous = (await profile()).roleProfile;
    expect(anonymous.skills.every((skill) => skill.userHas === null)).toBe(true);
    expect(anonymous.match).toBeNull();

    await api.client(pythonist.token).request(operations.LogoutEverywhereDocument);
    expect((await graphqlErrorOf(gapOf(pythonist.token))).extensions.code).toBe('UNAUTHENTICATED');
  });

  it("shows the caller's own profile change and DONE skill in the next answer", async () => {
    await seed(300, ['java', 'spring'], ['java', 'kafka']);
    const user = await learner('kept-changes@example.com', ['java']);
    expect(await owned(user.token)).toEqual(['java']);
    expect(await owned(user.token)).toEqual(['java']);

    await api
      .client(user.token)
      .request(operations.UpdateProfileDocument, { input: { skills: ['java', 'kafka'] } });
    expect(await owned(user.token)).toEqual(['java', 'kafka']);

    await api
      .client(user.token)
      .request(operations.SetSkillProgressDocument, { skill: 'spring', state: 'DONE' });
    expect(await owned(user.token)).toEqual(['java', 'kafka', 'spring']);
  });
});
