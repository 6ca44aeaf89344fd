import * as operations from '@career-navigator/client';
import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLES } from '../http/index.js';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { useSmtpInbox } from '../test-support/smtp-inbox.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const RESET_PAGE = 'https://app.example/reset-password';
const inbox = useSmtpInbox();
const api = useTestApi({
  env: () => ({
    SMTP_URL: inbox.url,
    MAIL_FROM: 'Career Navigator <accounts@app.example>',
    PASSWORD_RESET_URL: RESET_PAGE,
  }),
  // The timing comparison below sends 40 requests from one address.
  throttles: { passwordReset: { ...DEFAULT_THROTTLES.passwordReset, perIp: 100 } },
});

function requestReset(email: string) {
  return api.client().request(operations.RequestPasswordResetDocument, { email });
}

function resetPassword(token: string, newPassword: string) {
  return api.client().request(operations.ResetPasswordDocument, { token, newPassword });
}

async function resetTokenFor(email: string): Promise<string> {
  await requestReset(email);
  const mail = await inbox.nextMailTo(email);
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(RESET_PAGE));
  if (!link) throw new Error(`no reset link in ${mail.text}`);
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

async function codeOf(request: Promise<unknown>) {
  return (await graphqlErrorOf(request)).extensions;
}

describe('password reset by email', () => {
  it('mails a link whose token resets the password once, ending every session', async () => {
    const {
      email,
      token: oldAccess,
      refreshToken: oldRefresh,
    } = await registerUser(api, 'forgetful@example.com');
    await expect(requestReset('Forgetful@Example.com')).resolves.toEqual({ requestPasswordReset: true });
    const mail = await inbox.nextMailTo(email);
    expect(mail.subject).toBe('Reset your Career Navigator password');
    expect(mail.text).toMatch(/30 minutes/);
    const token = new URL(
      mail.text.split(/\s+/).find((word) => word.startsWith(RESET_PAGE)) ?? '',
    ).searchParams.get('token');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (!token) return;

    // The policy applies, and a refused password leaves the token usable.
    expect(await codeOf(resetPassword(token, 'weak'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    const { resetPassword: signedIn } = await resetPassword(token, 'Reset-Passw0rd-9');
    expect(signedIn.user.email).toBe(email);
    await expect(api.client(signedIn.accessToken).request(operations.MeDocument)).resolves.toMatchObject({
      me: { email },
    });

    expect(await codeOf(resetPassword(token, 'Another-Passw0rd-1'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect(await codeOf(api.client(oldAccess).request(operations.MeDocument))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      await codeOf(api.client().request(operations.RefreshSessionDocument, { refreshToken: oldRefresh })),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      await codeOf(api.client().request(operations.LoginDocument, { email, password: STRONG_PASSWORD })),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      api.client().request(operations.LoginDocument, { email, password: 'Reset-Passw0rd-9' }),
    ).resolves.toBeDefined();
  });

  it('refuses an expired token and an unknown one', async () => {
    const { email } = await registerUser(api, 'slow-reader@example.com');
    const token = await resetTokenFor(email);
    await storedCollection('password_reset_tokens').updateMany(
      {},
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect(await codeOf(resetPassword(token, 'Too-Late-Passw0rd'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect(await codeOf(resetPassword('A'.repeat(43), 'Made-Up-Passw0rd'))).toMatchObject({ field: 'token' });
    await expect(
      api.client().request(operations.LoginDocument, { email, password: STRONG_PASSWORD }),
    ).resolves.toBeDefined();
  });

  it('stores only digests of reset tokens', async () => {
    const { email } = await registerUser(api, 'digest@example.com');
    const token = await resetTokenFor(email);
    const stored = await storedCollection('password_reset_tokens').find({}).toArray();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers an unknown address exactly like a known one, in about the same time', async () => {
    const known = await Promise.all(
      Array.from({ length: 20 }, (_, index) => registerUser(api, `timing-${index}@example.com`)),
    );
    const rawResponse = async (email: string) => {
      const started = performance.now();
      const response = await fetch(api.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
          variables: { email },
        }),
      });
      const body = await response.text();
      return { status: response.status, body, ms: performance.now() - started };
    };
    const knownRuns = [];
    const unknownRuns = [];
    for (const [index, account] of known.entries()) {
      knownRuns.push(await rawResponse(account.email));
      unknownRuns.push(await rawResponse(`nobody-${index}@example.com`));
    }
    for (const run of [...knownRuns, ...unknownRuns]) {
      expect({ status: run.status, body: run.body }).toEqual({
        status: 200,
        body: '{"data":{"requestPasswordReset":true}}\n',
      });
    }
    const median = (runs: { ms: number }[]) => {
      const sorted = runs.map((run) => run.ms).sort((a, b) => a - b);
      return ((sorted[9] ?? 0) + (sorted[10] ?? 0)) / 2;
    };
    const [knownMedian, unknownMedian] = [median(knownRuns), median(unknownRuns)];
    expect(Math.max(knownMedian, unknownMedian) / Math.min(knownMedian, unknownMedian)).toBeLessThan(2);
    // Every known address got its mail; no unknown one produced any.
    for (const account of known) await inbox.nextMailTo(account.email);
    expect(inbox.messages.some((message) => message.to.some((to) => to.startsWith('nobody-')))).toBe(false);
  });

  it('limits requests per address', async () => {
    const { email } = await registerUser(api, 'impatient@example.com');
    for (let attempt = 0; attempt < 5; attempt += 1) await requestReset(email);
    expect(await codeOf(requestReset(email))).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await codeOf(requestReset('IMPATIENT@example.com'))).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
