import * as operations from '@career-navigator/client';
import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { accessClaims, signJwt, withTamperedPayload } from '../test-support/forged-tokens.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { STRONG_PASSWORD, TEST_JWT_SECRET, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const HS256 = { alg: 'HS256', typ: 'JWT' };

async function rejectionOf(token: string) {
  return graphqlErrorOf(api.client(token).request(operations.MeDocument));
}

describe('access tokens', () => {
  it('accept the token the API issued', async () => {
    const { token, id } = await registerUser(api, 'holder@example.com');
    const { me } = await api.client(token).request(operations.MeDocument);
    expect(me.id).toBe(id);
  });

  it('reject forged, expired and edited tokens alike', async () => {
    const victim = await registerUser(api, 'victim@example.com');
    const attacker = await registerUser(api, 'attacker@example.com');
    const forgeries = {
      wrongSecret: signJwt(HS256, accessClaims(victim.id), 'guessed-secret'),
      algNone: signJwt({ alg: 'none', typ: 'JWT' }, accessClaims(victim.id), null),
      expired: signJwt(
        HS256,
        accessClaims(victim.id, { iat: 1_700_000_000, exp: 1_700_000_600 }),
        TEST_JWT_SECRET,
      ),
      noExpiry: signJwt(HS256, accessClaims(victim.id, { exp: undefined }), TEST_JWT_SECRET),
      otherAudience: signJwt(HS256, accessClaims(victim.id, { aud: 'someone-else' }), TEST_JWT_SECRET),
      tamperedSubject: withTamperedPayload(attacker.token, { sub: victim.id }),
      notAJwt: 'not-a-token',
    };
    for (const [forgery, token] of Object.entries(forgeries)) {
      const error = await rejectionOf(token);
      expect({ forgery, code: error.extensions.code, message: error.message }).toEqual({
        forgery,
        code: 'UNAUTHENTICATED',
        message: 'Could not validate credentials',
      });
    }
  });

  it('stop working when the account is deleted', async () => {
    const { token } = await registerUser(api, 'leaving@example.com');
    const client = api.client(token);
    const wrongPassword = await graphqlErrorOf(
      client.request(operations.DeleteAccountDocument, { password: 'Not-It-123' }),
    );
    expect(wrongPassword.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await expect(
      client.request(operations.DeleteAccountDocument, { password: STRONG_PASSWORD }),
    ).resolves.toEqual({
      deleteAccount: true,
    });
    expect((await rejectionOf(token)).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  it('change only with the current password, after which the new one signs in', async () => {
    const { token } = await registerUser(api, 'changer@example.com');
    const client = api.client(token);
    const wrongCurrent = await graphqlErrorOf(
      client.request(operations.ChangePasswordDocument, {
        currentPassword: 'Not-It-123',
        newPassword: 'Brand-New-Pass-7',
      }),
    );
    expect(wrongCurrent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await graphqlErrorOf(
      client.request(operations.ChangePasswordDocument, {
        currentPassword: STRONG_PASSWORD,
        newPassword: 'short',
      }),
    );
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await client.request(operations.ChangePasswordDocument, {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'Brand-New-Pass-7',
    });
    const { login } = await api
      .client()
      .request(operations.LoginDocument, { email: 'changer@example.com', password: 'Brand-New-Pass-7' });
    expect(login.user.email).toBe('changer@example.com');
  });
});

describe('registration', () => {
  it('lets exactly one of 20 concurrent sign-ups with one address through', async () => {
    const attempts = Array.from({ length: 20 }, (_, index) =>
      api.client().request(operations.RegisterDocument, {
        input: { email: 'race@example.com', password: STRONG_PASSWORD, fullName: `Racer ${index}` },
      }),
    );
    const outcomes = await Promise.allSettled(attempts);
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = await Promise.all(
      outcomes
        .filter((outcome) => outcome.status === 'rejected')
        .map((outcome) => graphqlErrorOf(Promise.reject(outcome.reason))),
    );
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const error of refused) {
      expect(error).toMatchObject({
        message: 'email: is already registered',
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      });
    }
    expect(await storedCollection('users').countDocuments({ email: 'race@example.com' })).toBe(1);
  });
});
