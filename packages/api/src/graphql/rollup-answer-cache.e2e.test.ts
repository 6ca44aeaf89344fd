import {
  MarketTrendsDocument,
  SetSkillProgressDocument,
  SkillGapAnalysisDocument,
  UpdateProfileDocument,
} from '@career-navigator/client';
import { metricValue, parsePrometheusText } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
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

const gapOf = async (token: string | undefined) =>
  (await api.client(token).request(SkillGapAnalysisDocument, { role: ROLE, threshold: 0.1 }))
    .skillGapAnalysis;
const owned = (gap: Awaited<ReturnType<typeof gapOf>>) =>
  gap.requiredSkills.filter((skill) => skill.userHas).map((skill) => skill.skill);

describe('kept rollup answers, over HTTP', () => {
  it('answers a repeated market question from the cache until the next ingestion lands', async () => {
    await seedPostings({ role: ROLE, skillsPerPosting: [['python'], ['python', 'sql'], ['go']], firstId: 1 });
    const before = await answerLookups();
    const first = (await api.client().request(MarketTrendsDocument, { days: 30 })).marketTrends;
    const repeated = (await api.client().request(MarketTrendsDocument, { days: 30 })).marketTrends;
    const after = await answerLookups();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
    expect(repeated).toEqual(first);
    expect(first.totalJobsAnalyzed).toBe(3);

    await seedPostings({ role: ROLE, skillsPerPosting: [['rust'], ['rust', 'python']], firstId: 100 });
    const fresh = (await api.client().request(MarketTrendsDocument, { days: 30 })).marketTrends;
    expect(fresh.totalJobsAnalyzed).toBe(5);
    expect(fresh.topSkills.find((skill) => skill.skill === 'rust')?.count).toBe(2);
    // Other variables are another question, answered on its own.
    const fewer = (await api.client().request(MarketTrendsDocument, { days: 30, skillsLimit: 1 }))
      .marketTrends;
    expect(fewer.topSkills.map((skill) => skill.skill)).toEqual(['python']);
  });

  it("keeps a signed-in caller's gap analysis to them, and refuses the same question without a token", async () => {
    await seedPostings({
      role: ROLE,
      skillsPerPosting: [
        ['python', 'docker'],
        ['python', 'kubernetes'],
      ],
      firstId: 200,
    });
    const pythonist = await registerUser(api, 'kept-python@example.com', {
      targetRoles: [ROLE],
      skills: ['python'],
    });
    const dockerist = await registerUser(api, 'kept-docker@example.com', {
      targetRoles: [ROLE],
      skills: ['docker'],
    });
    for (let round = 0; round < 2; round++) {
      expect(owned(await gapOf(pythonist.token))).toEqual(['python']);
      expect(owned(await gapOf(dockerist.token))).toEqual(['docker']);
    }
    expect((await graphqlErrorOf(gapOf(undefined))).extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphqlErrorOf(gapOf('not-a-token'))).extensions.code).toBe('UNAUTHENTICATED');
  });

  it("shows the caller's own profile change and DONE skill in the next answer", async () => {
    await seedPostings({
      role: ROLE,
      skillsPerPosting: [
        ['java', 'spring'],
        ['java', 'kafka'],
      ],
      firstId: 300,
    });
    const user = await registerUser(api, 'kept-changes@example.com', {
      targetRoles: [ROLE],
      skills: ['java'],
    });
    expect(owned(await gapOf(user.token))).toEqual(['java']);
    expect(owned(await gapOf(user.token))).toEqual(['java']);

    await api.client(user.token).request(UpdateProfileDocument, { input: { skills: ['java', 'kafka'] } });
    expect(owned(await gapOf(user.token))).toEqual(expect.arrayContaining(['java', 'kafka']));

    await api.client(user.token).request(SetSkillProgressDocument, { skill: 'spring', state: 'DONE' });
    expect(owned(await gapOf(user.token)).sort()).toEqual(['java', 'kafka', 'spring']);
  });
});
