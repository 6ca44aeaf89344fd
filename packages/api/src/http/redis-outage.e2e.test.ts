import * as operations from '@career-navigator/client';
import { metricValue, parsePrometheusText } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { SCHEDULING_FAILED_MESSAGE } from '../role-scheduling/index.js';
import { createAccountDirectly } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

/** Nothing listens on port 1: every Redis command fails. */
const DEAD_REDIS = 'redis://127.0.0.1:1';

const api = useTestApi({ requestRedisUrl: DEAD_REDIS, queueRedisUrl: DEAD_REDIS, schedulingTimeoutMs: 500 });

/** Lookups of kept rollup answers, hits and misses, while `ask` runs. */
async function answerLookupsDuring(ask: () => Promise<unknown>): Promise<{ hit: number; miss: number }> {
  const lookups = async () => {
    const samples = parsePrometheusText(await (await fetch(`${api.origin}/metrics`)).text());
    const of = (result: string) =>
      metricValue(samples, 'cache_lookups_total', { cache: 'rollup_answers', result });
    return { hit: of('hit'), miss: of('miss') };
  };
  const before = await lookups();
  await ask();
  const after = await lookups();
  return { hit: after.hit - before.hit, miss: after.miss - before.miss };
}

describe('with Redis unreachable', () => {
  it('reports not ready, naming Redis, while liveness still answers', async () => {
    const ready = await fetch(`${api.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { mongodb: 'up', redis: 'down' } });
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
  });

  it('still saves a profile, saying the new roles were not scheduled', async () => {
    const { token } = await createAccountDirectly(api, 'offline-queue@example.com');
    const { updateProfile } = await api
      .client(token)
      .request(operations.UpdateProfileDocument, { input: { targetRoles: ['Data Engineer'] } });
    expect(updateProfile.user.targetRoles).toEqual(['Data Engineer']);
    expect(updateProfile.scheduledCollections).toBeNull();
    expect(updateProfile.schedulingError).toBe(SCHEDULING_FAILED_MESSAGE);
  });

  it('refuses sign-in rather than skip the throttle', async () => {
    await createAccountDirectly(api, 'unthrottled@example.com');
    const error = await graphqlErrorOf(
      api
        .client()
        .request(operations.LoginDocument, { email: 'unthrottled@example.com', password: STRONG_PASSWORD }),
    );
    expect(error).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(error.extensions.requestId).toEqual(expect.any(String));
  });

  it('refuses sign-up rather than skip its throttle', async () => {
    const error = await graphqlErrorOf(
      api.client().request(operations.RegisterDocument, {
        input: {
          email: 'unthrottled-signup@example.com',
          password: STRONG_PASSWORD,
          fullName: 'No Throttle',
        },
      }),
    );
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps public answers but none per caller, whose user is read afresh on every request', async () => {
    await seedPostings({
      role: 'Data Engineer',
      skillsPerPosting: [['python', 'sql'], ['python']],
      firstId: 1,
    });
    const market = () => api.client().request(operations.MarketTrendsDocument, { days: 30 });
    expect(
      await answerLookupsDuring(async () => {
        await market();
        await market();
      }),
    ).toEqual({
      hit: 1,
      miss: 1,
    });

    const { token } = await createAccountDirectly(api, 'offline-answers@example.com');
    const client = api.client(token);
    await client.request(operations.UpdateProfileDocument, {
      input: { targetRoles: ['Data Engineer'], skills: ['python'] },
    });
    const missing = async () =>
      (await client.request(operations.SkillGapAnalysisDocument, { role: 'Data Engineer', threshold: 0.1 }))
        .skillGapAnalysis.missingSkills;
    let answers: string[][] = [];
    expect(await answerLookupsDuring(async () => (answers = [await missing(), await missing()]))).toEqual({
      hit: 0,
      miss: 0,
    });
    expect(answers).toEqual([['sql'], ['sql']]);
    await client.request(operations.UpdateProfileDocument, { input: { skills: ['python', 'sql'] } });
    expect(await missing()).toEqual([]);
  });
});
