import * as operations from '@career-navigator/client';
import { storedCollection } from '@career-navigator/testkit';
import { ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const sessionsCollection = () => storedCollection('sessions');

async function signIn(email: string, userAgent = 'vitest-browser/1.0') {
  const { login } = await api
    .client(undefined, { 'user-agent': userAgent })
    .request(operations.LoginDocument, {
      email,
      password: STRONG_PASSWORD,
    });
  return { token: login.accessToken, refreshToken: login.refreshToken };
}

function refresh(refreshToken: string) {
  return api.client().request(operations.RefreshSessionDocument, { refreshToken });
}

async function codeOf(request: Promise<unknown>): Promise<unknown> {
  return (await graphqlErrorOf(request)).extensions.code;
}

function me(token: string) {
  return api.client(token).request(operations.MeDocument);
}

describe('sign-in sessions', () => {
  it('hand out a refresh token and list the session without secrets', async () => {
    const { id, email } = await registerUser(api, 'lister@example.com');
    const { token, refreshToken } = await signIn(email, 'Firefox/140 on Linux');
    expect(refreshToken).toMatch(/^[0-9a-f]{24}\.[A-Za-z0-9_-]{43}$/);

    const { sessions } = await api.client(token).request(operations.SessionsDocument);
    expect(sessions).toHaveLength(2);
    const current = sessions.find((session) => session.current);
    expect(current).toMatchObject({
      userAgent: 'Firefox/140 on Linux',
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(Date.parse(current?.expiresAt ?? '') - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(JSON.stringify(sessions)).not.toContain(refreshToken.split('.')[1]);

    const stored = await sessionsCollection().find({}).toArray();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(stored)).not.toContain(refreshToken.split('.')[1]);
    expect(stored.every((session) => session.userId.toString() === id)).toBe(true);
  });

  it('rotate on refresh: the new tokens work, the old refresh token does not', async () => {
    const { refreshToken } = await registerUser(api, 'rotator@example.com');
    const { refreshSession } = await refresh(refreshToken);
    expect(refreshSession.refreshToken).not.toBe(refreshToken);
    await expect(me(refreshSession.accessToken)).resolves.toMatchObject({
      me: { email: 'rotator@example.com' },
    });
    const { refreshSession: again } = await refresh(refreshSession.refreshToken);
    await expect(me(again.accessToken)).resolves.toBeDefined();
  });

  it('end the whole family when a rotated refresh token is presented again', async () => {
    const { refreshToken: stolen } = await registerUser(api, 'victim-of-theft@example.com');
    const { refreshSession: owner } = await refresh(stolen);

    expect(await codeOf(refresh(stolen))).toBe('UNAUTHENTICATED');
    expect(await codeOf(refresh(owner.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await codeOf(me(owner.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('let at most one of two concurrent refreshes with the same token through', async () => {
    const { refreshToken } = await registerUser(api, 'racer@example.com');
    const outcomes = await Promise.allSettled([refresh(refreshToken), refresh(refreshToken)]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').length).toBeLessThanOrEqual(1);
  });

  it('refuse an expired, a malformed and an edited refresh token', async () => {
    const { refreshToken } = await registerUser(api, 'expired@example.com');
    const [sessionId] = refreshToken.split('.');
    const edited = `${sessionId}.${'A'.repeat(43)}`;
    expect(await codeOf(refresh(edited))).toBe('UNAUTHENTICATED');
    expect(await codeOf(refresh('not-a-refresh-token'))).toBe('UNAUTHENTICATED');
    await expect(refresh(refreshToken)).resolves.toBeDefined();

    const { refreshToken: second } = await signIn('expired@example.com');
    await sessionsCollection().updateOne(
      { _id: new ObjectId(second.split('.')[0]) },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect(await codeOf(refresh(second))).toBe('UNAUTHENTICATED');
  });
});

describe('signing out', () => {
  it('logout ends that session and its access token', async () => {
    const { email } = await registerUser(api, 'leaver@example.com');
    const laptop = await signIn(email);
    const phone = await signIn(email);

    const { logout } = await api
      .client()
      .request(operations.LogoutDocument, { refreshToken: phone.refreshToken });
    expect(logout).toBe(true);
    expect(await codeOf(refresh(phone.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await codeOf(me(phone.token))).toBe('UNAUTHENTICATED');
    await expect(
      api.client().request(operations.LogoutDocument, { refreshToken: phone.refreshToken }),
    ).resolves.toEqual({
      logout: false,
    });
    // The laptop keeps its session: one refresh gives it a current access token.
    const { refreshSession } = await refresh(laptop.refreshToken);
    await expect(me(refreshSession.accessToken)).resolves.toBeDefined();
  });

  it('logoutEverywhere ends every session and every access token', async () => {
    const { email } = await registerUser(api, 'everywhere@example.com');
    const first = await signIn(email);
    const second = await signIn(email);
    await api.client(first.token).request(operations.LogoutEverywhereDocument);
    for (const device of [first, second]) {
      expect(await codeOf(me(device.token))).toBe('UNAUTHENTICATED');
      expect(await codeOf(refresh(device.refreshToken))).toBe('UNAUTHENTICATED');
    }
  });

  it('revokeSession ends one session of the caller and nobody else’s', async () => {
    const { email } = await registerUser(api, 'revoker@example.com');
    const keeper = await signIn(email, 'keeper');
    const lost = await signIn(email, 'lost-phone');
    const { sessions } = await api.client(keeper.token).request(operations.SessionsDocument);
    const lostSession = sessions.find((session) => session.userAgent === 'lost-phone');
    if (!lostSession) throw new Error('the lost phone is not listed');

    const stranger = await registerUser(api, 'stranger@example.com');
    expect(
      await codeOf(
        api.client(stranger.token).request(operations.RevokeSessionDocument, { id: lostSession.id }),
      ),
    ).toBe('NOT_FOUND');
    await expect(refresh(lost.refreshToken)).resolves.toBeDefined();
    const lostAgain = await signIn(email, 'lost-phone-2');

    await api.client(keeper.token).request(operations.RevokeSessionDocument, { id: lostSession.id });
    expect(await codeOf(refresh(lost.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await codeOf(me(lostAgain.token))).toBe('UNAUTHENTICATED');
    const { refreshSession } = await refresh(keeper.refreshToken);
    const remaining = await api.client(refreshSession.accessToken).request(operations.SessionsDocument);
    const ids = remaining.sessions.map((session) => session.id);
    const sessionIdOf = (refreshToken: string) => refreshToken.split('.')[0];
    expect(ids).toEqual(
      expect.arrayContaining([sessionIdOf(keeper.refreshToken), sessionIdOf(lostAgain.refreshToken)]),
    );
    expect(ids).not.toContain(lostSession.id);
    expect(
      await codeOf(
        api
          .client(refreshSession.accessToken)
          .request(operations.RevokeSessionDocument, { id: lostSession.id }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('changing the password', () => {
  it('refuses access tokens issued before it, keeps the calling session and ends the others', async () => {
    const { email } = await registerUser(api, 'rotating-password@example.com');
    const caller = await signIn(email, 'caller');
    const other = await signIn(email, 'other');

    await api.client(caller.token).request(operations.ChangePasswordDocument, {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'Brand-New-Pass-8',
    });

    expect(await codeOf(me(caller.token))).toBe('UNAUTHENTICATED');
    expect(await codeOf(me(other.token))).toBe('UNAUTHENTICATED');
    expect(await codeOf(refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
    const { refreshSession } = await refresh(caller.refreshToken);
    await expect(me(refreshSession.accessToken)).resolves.toMatchObject({ me: { email } });
  });
});

describe('deleting the account', () => {
  it('deletes its sessions', async () => {
    const { id, token, refreshToken } = await registerUser(api, 'deleted-sessions@example.com');
    expect(await sessionsCollection().countDocuments({ userId: new ObjectId(id) })).toBe(1);
    await api.client(token).request(operations.DeleteAccountDocument, { password: STRONG_PASSWORD });
    expect(await sessionsCollection().countDocuments({ userId: new ObjectId(id) })).toBe(0);
    expect(await codeOf(refresh(refreshToken))).toBe('UNAUTHENTICATED');
  });
});
