import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';
import { isStoredId } from '../../shared/index.js';

/** 256 bits of randomness per token. */
const SECRET_BYTES = 32;
const REFRESH_TOKEN = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/;

export interface ParsedRefreshToken {
  sessionId: Types.ObjectId;
  secretHash: string;
}

/**
 * A refresh token is `<session id>.<random secret>`: the id makes the lookup a
 * primary-key read, the secret is what proves possession. A high-entropy secret
 * needs no slow hash; SHA-256 keeps the stored value useless to a database reader.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

export function newRefreshToken(sessionId: Types.ObjectId): { token: string; secretHash: string } {
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { token: `${sessionId.toHexString()}.${secret}`, secretHash: hashSecret(secret) };
}

/** undefined for anything this system did not issue in this shape. */
export function parseRefreshToken(token: string): ParsedRefreshToken | undefined {
  const match = REFRESH_TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !isStoredId(match[1])) return undefined;
  return { sessionId: new Types.ObjectId(match[1]), secretHash: hashSecret(match[2]) };
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
