import { createHmac } from 'node:crypto';

function base64Url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * Builds a JWT by hand, so tests can make the tokens an attacker would: a
 * wrong key, alg "none", an expired or edited payload.
 */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string | null,
): string {
  const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}`;
  if (secret === null) return `${signingInput}.`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The claims this system issues, valid for the next hour unless overridden. */
export function accessClaims(
  userId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: userId,
    iat: now,
    exp: now + 3600,
    iss: 'career-navigator',
    aud: 'career-navigator-clients',
    jti: 'forged',
    ...overrides,
  };
}

/** Replaces the payload of a real token and keeps its signature. */
export function withTamperedPayload(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${base64Url(JSON.stringify({ ...claims, ...changes }))}.${signature}`;
}
