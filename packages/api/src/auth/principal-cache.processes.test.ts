// Two real API processes over one database and one Redis: each keeps its own
// principal cache, and a write through either is seen by the next request on
// the other. Needs `pnpm build` (the processes run the built API).

import * as operations from '@career-navigator/client';
import { useTestDatabase, useTestRedis } from '@career-navigator/testkit';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, spawnApiProcess } from '../test-support/api-process.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { STRONG_PASSWORD, TEST_JWT_SECRET } from '../test-support/test-api.js';

const database = useTestDatabase();
const testRedis = useTestRedis();
const GAP_ROLE = 'Data Engineer';
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  const env = {
    NODE_ENV: 'test',
    MONGODB_URI: database.uri,
    REDIS_URL: testRedis.url,
    JWT_SECRET_KEY: TEST_JWT_SECRET,
  };
  [first, second] = await Promise.all([spawnApiProcess(env), spawnApiProcess(env)]);
  await seedPostings({
    role: GAP_ROLE,
    skillsPerPosting: [
      ['python', 'spark'],
      ['python', 'airflow'],
    ],
    firstId: 1,
  });
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

const client = (api: ApiProcess, token?: string) =>
  new GraphQLClient(api.endpoint, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function register(email: string): Promise<string> {
  const { register } = await client(first).request(operations.RegisterDocument, {
    input: { email, password: STRONG_PASSWORD, fullName: 'Two Processes' },
  });
  return register.accessToken;
}

describe('the principal cache across API processes', () => {
  it('shows a profile update made on one process to the next request on the other', async () => {
    const token = await register('profile@example.com');
    // Both processes have the user cached before the write.
    expect((await client(first, token).request(operations.MeDocument)).me.fullName).toBe('Two Processes');
    expect((await client(second, token).request(operations.MeDocument)).me.fullName).toBe('Two Processes');

    await client(first, token).request(operations.UpdateProfileDocument, {
      input: { fullName: 'Renamed On First', skills: ['Rust'] },
    });
    expect((await client(second, token).request(operations.MeDocument)).me).toMatchObject({
      fullName: 'Renamed On First',
      skills: ['rust'],
    });

    await client(second, token).request(operations.UpdateProfileDocument, {
      input: { fullName: 'Renamed On Second' },
    });
    expect((await client(first, token).request(operations.MeDocument)).me.fullName).toBe('Renamed On Second');
  });

  it('shows a profile update made on one process in the next gap analysis on the other', async () => {
    const token = await register('gap@example.com');
    await client(first, token).request(operations.UpdateProfileDocument, {
      input: { targetRoles: [GAP_ROLE], skills: ['Python'] },
    });
    const owned = async (api: ApiProcess) => {
      const { skillGapAnalysis } = await client(api, token).request(operations.SkillGapAnalysisDocument, {
        role: GAP_ROLE,
      });
      return skillGapAnalysis.requiredSkills.filter((skill) => skill.userHas).map((skill) => skill.skill);
    };
    // The second process keeps this answer for the user as they are now.
    expect(await owned(second)).toEqual(['python']);
    expect(await owned(second)).toEqual(['python']);

    await client(first, token).request(operations.UpdateProfileDocument, {
      input: { skills: ['Python', 'Spark'] },
    });
    expect((await owned(second)).sort()).toEqual(['python', 'spark']);
  });

  it('signs in with a password changed on the other process', async () => {
    const token = await register('password@example.com');
    await client(second, token).request(operations.MeDocument);
    await client(first, token).request(operations.ChangePasswordDocument, {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'Changed-Elsewhere-9',
    });
    const { login } = await client(second).request(operations.LoginDocument, {
      email: 'password@example.com',
      password: 'Changed-Elsewhere-9',
    });
    expect(login.user.email).toBe('password@example.com');
  });

  it("refuses a deleted account's token at once on both processes", async () => {
    const token = await register('deleted@example.com');
    await client(first, token).request(operations.MeDocument);
    await client(second, token).request(operations.MeDocument);

    await client(second, token).request(operations.DeleteAccountDocument, { password: STRONG_PASSWORD });
    for (const api of [first, second]) {
      const refusal = await graphqlErrorOf(client(api, token).request(operations.MeDocument));
      expect(refusal.extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
