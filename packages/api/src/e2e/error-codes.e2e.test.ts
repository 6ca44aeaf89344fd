import { randomBytes } from 'node:crypto';
import * as operations from '@career-navigator/client';
import { AccessTokens, normalizeRole, roleDisplayName } from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { ADMIN_EMAIL, STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

describe('UNAUTHENTICATED', () => {
  it('is the answer to a protected field without a token', async () => {
    const error = await graphqlErrorOf(api.client().request(operations.MeDocument));
    expect(error).toMatchObject({ message: 'Not authenticated', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('is the answer to an authorization scheme other than Bearer, even with a valid token', async () => {
    const { token } = await registerUser(api, 'scheme@example.com');
    const error = await graphqlErrorOf(
      api.client(undefined, { authorization: `Basic ${token}` }).request(operations.MeDocument),
    );
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('FORBIDDEN', () => {
  it('keeps non-admins away from the collection statistics', async () => {
    const { token } = await registerUser(api, 'not-admin@example.com');
    const error = await graphqlErrorOf(api.client(token).request(operations.CollectionStatisticsDocument));
    expect(error).toMatchObject({ path: ['collectionStatistics'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('BAD_USER_INPUT', () => {
  it('names an out-of-range argument', async () => {
    const { token } = await registerUser(api, 'days@example.com', { targetRoles: ['Data Engineer'] });
    const error = await graphqlErrorOf(
      api.client(token).request(operations.SkillGapAnalysisDocument, { role: 'Data Engineer', days: 0 }),
    );
    expect(error.message).toBe('days: must be between 1 and 365');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'days',
      fields: [{ field: 'days', message: 'must be between 1 and 365' }],
    });
  });

  it('names the password that breaks the policy', async () => {
    const error = await graphqlErrorOf(
      api.client().request(operations.RegisterDocument, {
        input: { email: 'weak@example.com', password: 'weakpass', fullName: 'Weak Password' },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(error.message).toMatch(/^password: must contain an uppercase letter and a digit$/);
  });

  it('is also what a malformed collection run id gets', async () => {
    const { token } = await registerUser(api, ADMIN_EMAIL);
    const error = await graphqlErrorOf(
      api.client(token).request(operations.CollectionRunDocument, { id: 'not-an-id' }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('NOT_FOUND', () => {
  it('carries suggestions and alternatives when a role has no postings', async () => {
    await seedPostings({
      role: 'Frontend Developer',
      skillsPerPosting: [['react'], ['react']],
      firstId: 100,
    });
    const { token } = await registerUser(api, 'no-data@example.com', { targetRoles: ['Quantum Gardener'] });
    const error = await graphqlErrorOf(
      api.client(token).request(operations.SkillGapAnalysisDocument, { role: 'Quantum Gardener', days: 7 }),
    );
    expect(error.message).toBe('No job data found for this role');
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.suggestions).toHaveLength(4);
    expect((error.extensions.suggestions as string[])[0]).toContain('7 days');
    expect(error.extensions.alternatives).toEqual([roleDisplayName(normalizeRole('Frontend Developer'))]);
  });

  it('is the answer for a collection run that does not exist', async () => {
    const { token } = await api
      .client()
      .request(operations.LoginDocument, { email: ADMIN_EMAIL, password: STRONG_PASSWORD })
      .then(({ login }) => ({ token: login.accessToken }));
    const id = randomBytes(12).toString('hex');
    const error = await graphqlErrorOf(api.client(token).request(operations.CollectionRunDocument, { id }));
    expect(error).toMatchObject({
      message: 'Collection run not found',
      extensions: { code: 'NOT_FOUND', id },
    });
  });
});

describe('CONFLICT', () => {
  it('refuses an update made from a stale copy of the profile', async () => {
    const { token } = await registerUser(api, 'stale@example.com');
    const client = api.client(token);
    await client.request(operations.UpdateProfileDocument, {
      input: { fullName: 'First Edit', expectedVersion: 0 },
    });
    const error = await graphqlErrorOf(
      client.request(operations.UpdateProfileDocument, {
        input: { fullName: 'Second Edit', expectedVersion: 0 },
      }),
    );
    expect(error.extensions.code).toBe('CONFLICT');
    const { me } = await client.request(operations.MeDocument);
    expect(me).toMatchObject({ fullName: 'First Edit', version: 1 });
  });
});

describe('RATE_LIMITED', () => {
  it('stops password guessing after five failures, saying when to retry', async () => {
    await registerUser(api, 'guessed@example.com');
    const guess = () =>
      api
        .client()
        .request(operations.LoginDocument, { email: 'guessed@example.com', password: 'Wrong-Guess-1' });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await graphqlErrorOf(guess())).extensions.code).toBe('UNAUTHENTICATED');
    }
    const error = await graphqlErrorOf(guess());
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Even the right password is refused until the window ends.
    const blocked = await graphqlErrorOf(
      api
        .client()
        .request(operations.LoginDocument, { email: 'guessed@example.com', password: STRONG_PASSWORD }),
    );
    expect(blocked.extensions.code).toBe('RATE_LIMITED');
  });
});

describe('INTERNAL_SERVER_ERROR', () => {
  it('masks an unexpected failure and hands out the request id', async () => {
    // A stored profile the code cannot read: skills is not a list.
    const { insertedId: _id } = await storedCollection('users').insertOne({
      email: 'corrupted@example.com',
      hashedPassword: 'unused',
      fullName: 'Corrupted Profile',
      skills: 42,
      targetRoles: [],
      version: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    // No session backs this token: access tokens are checked against the token version, not the session.
    const { accessToken } = new AccessTokens(api.config).issue({
      userId: _id.toString(),
      sessionId: _id.toString(),
      tokenVersion: 0,
    });
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query: '{ me { id skills } }' }),
    });
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['me'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: response.headers.get('x-request-id') },
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/iterable|TypeError|at .*\.ts/);
  });
});
