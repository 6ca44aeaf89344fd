import jwt from 'jsonwebtoken';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { AuthenticationError } from '../errors/index.js';
import { AccessTokens, assertTokenCurrent, INVALID_CREDENTIALS_MESSAGE } from './access-token.service.js';

const config = loadConfig({
  JWT_SECRET_KEY: 'a-test-secret-that-is-long-enough-for-hs256',
  JWT_ACCESS_TOKEN_EXPIRE_MINUTES: '45',
});
const tokens = new AccessTokens(config);
const userId = new Types.ObjectId();
const sessionId = new Types.ObjectId().toString();
const subject = { userId: userId.toString(), sessionId, tokenVersion: 3 };

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Well-formed claims; an override of undefined removes that claim. */
function validClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: userId.toString(),
    iat: now,
    exp: now + 600,
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    jti: 'test-token',
    sid: sessionId,
    tv: 3,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

function signClaims(
  claims: Record<string, unknown>,
  secret = config.jwt.secret,
  algorithm: jwt.Algorithm = 'HS256',
) {
  return jwt.sign(claims, secret, { algorithm });
}

function rejectionOf(token: string): AuthenticationError {
  try {
    tokens.verify(token);
  } catch (error) {
    if (error instanceof AuthenticationError) return error;
    throw error;
  }
  throw new Error('expected the token to be rejected');
}

describe('AccessTokens.issue', () => {
  it('issues a bearer token carrying sub, sid, tv, iat, exp, iss, aud and a random jti', () => {
    const issued = tokens.issue(subject);
    expect(issued).toMatchObject({ tokenType: 'bearer', expiresIn: 45 * 60 });
    const claims = jwt.decode(issued.accessToken, { complete: true });
    expect(claims?.header.alg).toBe('HS256');
    expect(claims?.payload).toMatchObject({
      sub: userId.toString(),
      sid: sessionId,
      tv: 3,
      iss: 'career-navigator',
      aud: 'career-navigator-clients',
    });
    const payload = claims?.payload as jwt.JwtPayload;
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(45 * 60);
    const another = jwt.decode(tokens.issue(subject).accessToken) as jwt.JwtPayload;
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(another.jti).not.toBe(payload.jti);
  });

  it('round-trips through verify', () => {
    const { accessToken } = tokens.issue(subject);
    expect(tokens.verify(accessToken)).toEqual(subject);
  });
});

describe('assertTokenCurrent', () => {
  it('accepts a token of the current token version and refuses one issued before a bump', () => {
    const verified = tokens.verify(tokens.issue(subject).accessToken);
    expect(() => assertTokenCurrent(verified, { tokenVersion: 3 })).not.toThrow();
    expect(() => assertTokenCurrent(verified, { tokenVersion: 4 })).toThrow(INVALID_CREDENTIALS_MESSAGE);
  });

  it('reads a user stored before token versions existed as version 0', () => {
    const verified = tokens.verify(tokens.issue({ ...subject, tokenVersion: 0 }).accessToken);
    expect(() => assertTokenCurrent(verified, {})).not.toThrow();
  });
});

describe('AccessTokens.verify rejects', () => {
  const forged: Array<[string, () => string]> = [
    ['a token signed with another secret', () => signClaims(validClaims(), 'someone-elses-secret-value')],
    [
      'an unsigned token with alg none',
      () => `${base64UrlJson({ alg: 'none', typ: 'JWT' })}.${base64UrlJson(validClaims())}.`,
    ],
    [
      'a token signed with another HMAC algorithm',
      () => signClaims(validClaims(), config.jwt.secret, 'HS512'),
    ],
    ['an expired token', () => signClaims(validClaims({ iat: 1_600_000_000, exp: 1_600_000_600 }))],
    [
      'a token whose payload was edited after signing',
      () => {
        const [header, , signature] = tokens.issue(subject).accessToken.split('.');
        const edited = base64UrlJson(validClaims({ sub: new Types.ObjectId().toString() }));
        return `${header}.${edited}.${signature}`;
      },
    ],
    ['a token for another audience', () => signClaims(validClaims({ aud: 'another-service' }))],
    ['a token from another issuer', () => signClaims(validClaims({ iss: 'someone-else' }))],
    ['a token without sub', () => signClaims(validClaims({ sub: undefined }))],
    ['a token whose sub is not a user id', () => signClaims(validClaims({ sub: 'admin' }))],
    ['a token without exp', () => signClaims(validClaims({ exp: undefined }))],
    ['a token from before sessions (no sid)', () => signClaims(validClaims({ sid: undefined }))],
    ['a token whose sid is not a session id', () => signClaims(validClaims({ sid: 'everything' }))],
    ['a token without a token version', () => signClaims(validClaims({ tv: undefined }))],
    ['a token with a fractional token version', () => signClaims(validClaims({ tv: 1.5 }))],
    ['something that is not a JWT', () => 'not-a-token'],
  ];

  it.each(forged)('%s, with the same client-facing message', (_label, makeToken) => {
    const error = rejectionOf(makeToken());
    expect(error.message).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(error.details).toEqual({});
  });

  it('keeps the specific reason out of what gets serialised', () => {
    const error = rejectionOf(signClaims(validClaims({ aud: 'another-service' })));
    expect(error.cause).toBeInstanceOf(Error);
    expect(String((error.cause as Error).message)).toMatch(/audience/);
    expect(Object.keys(error)).not.toContain('cause');
    expect(JSON.stringify(error)).not.toMatch(/audience/);
  });
});
