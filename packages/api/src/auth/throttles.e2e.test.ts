import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLES } from '../http/index.js';
import { registerUser } from '../test-support/accounts.js';
import { post } from '../test-support/raw-graphql.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

// The production limits; X-Forwarded-For lets one test speak from many client IPs.
const api = useTestApi({ throttles: DEFAULT_THROTTLES, trustProxy: true });
const ATTEMPTS_PER_ADDRESS = DEFAULT_THROTTLES.login.maxFailuresPerEmail;
const ATTEMPTS_PER_IP = DEFAULT_THROTTLES.login.maxFailuresPerIp;
const REGISTRATIONS_PER_IP = DEFAULT_THROTTLES.registrations.limit;

const LOGIN =
  'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const REGISTER = (alias: string, email: string) =>
  `${alias}: register(input: { email: "${email}", password: "${STRONG_PASSWORD}", fullName: "Mass Signup" }) { accessToken }`;

function from(ip: string): Record<string, string> {
  return { 'x-forwarded-for': ip };
}

function codeOf(body: { errors?: { extensions: Record<string, unknown> }[] }, success: string): string {
  return (body.errors?.[0]?.extensions.code as string | undefined) ?? success;
}

describe('throttles that cannot be raced', () => {
  it('checks at most the configured number of passwords of 30 simultaneous sign-ins from 30 IPs', async () => {
    await registerUser(api, 'victim@example.com');
    const attempts = Array.from({ length: 30 }, (_, index) =>
      post(
        api.origin,
        {
          query: LOGIN,
          variables: {
            email: 'victim@example.com',
            password: index === 29 ? STRONG_PASSWORD : `Wrong-guess-${index}`,
          },
        },
        from(`198.51.100.${index + 1}`),
      ),
    );
    const codes = (await Promise.all(attempts)).map(({ body }) => codeOf(body, 'SIGNED_IN'));
    // Every attempt that was not refused had its password checked.
    const checked = codes.filter((code) => code !== 'RATE_LIMITED');
    expect(checked.length).toBeLessThanOrEqual(ATTEMPTS_PER_ADDRESS);
    expect(checked.every((code) => code === 'UNAUTHENTICATED' || code === 'SIGNED_IN')).toBe(true);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(
      30 - ATTEMPTS_PER_ADDRESS,
    );
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });

  it('limits the attempts of one IP across addresses', async () => {
    const codes: string[] = [];
    for (let index = 0; index < ATTEMPTS_PER_IP + 2; index++) {
      const { body } = await post(
        api.origin,
        { query: LOGIN, variables: { email: `nobody${index}@example.com`, password: 'Wrong-guess-1' } },
        from('203.0.113.40'),
      );
      codes.push(codeOf(body, 'SIGNED_IN'));
    }
    expect(codes.slice(0, ATTEMPTS_PER_IP).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(ATTEMPTS_PER_IP)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('refuses 20 aliased registrations in one request, creating no account', async () => {
    const fields = Array.from({ length: 20 }, (_, index) =>
      REGISTER(`r${index}`, `mass${index}@example.com`),
    );
    const { status, body } = await post(api.origin, { query: `mutation { ${fields.join(' ')} }` });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(await storedCollection('users').countDocuments({ email: /^mass/ })).toBe(0);
  });

  it('throttles registrations from one IP', async () => {
    const codes: string[] = [];
    for (let index = 0; index < REGISTRATIONS_PER_IP + 3; index++) {
      const { body } = await post(
        api.origin,
        { query: `mutation { ${REGISTER('r', `burst${index}@example.com`)} }` },
        from('203.0.113.42'),
      );
      codes.push(codeOf(body, 'CREATED'));
    }
    expect(codes.filter((code) => code === 'CREATED')).toHaveLength(REGISTRATIONS_PER_IP);
    expect(codes.slice(REGISTRATIONS_PER_IP)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
