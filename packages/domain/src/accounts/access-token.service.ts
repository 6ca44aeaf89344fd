import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isObjectIdOrHexString } from 'mongoose';
import type { AppConfig } from '../config/index.js';
import { AuthenticationError } from '../errors/index.js';
import type { User } from '../users/index.js';

export type TokenSettings = Pick<AppConfig, 'jwt'>;

export interface AccessToken {
  accessToken: string;
  tokenType: 'bearer';
  /** Lifetime in seconds, as OAuth 2 clients expect. */
  expiresIn: number;
}

export interface VerifiedAccessToken {
  userId: string;
}

export const INVALID_CREDENTIALS_MESSAGE = 'Could not validate credentials';

export function issueAccessToken(config: TokenSettings, user: Pick<User, '_id'>): AccessToken {
  const expiresIn = config.jwt.expiresInMinutes * 60;
  const accessToken = jwt.sign({}, config.jwt.secret, {
    algorithm: config.jwt.algorithm,
    expiresIn,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    subject: user._id.toString(),
    // A unique id per token leaves room for revocation lists without changing the format.
    jwtid: randomUUID(),
  });
  return { accessToken, tokenType: 'bearer', expiresIn };
}

/**
 * Every failure reads the same to the client; the specific reason travels in
 * the error's non-enumerable `cause`, for logs only.
 */
function credentialsRejected(reason: unknown): AuthenticationError {
  const error = new AuthenticationError(INVALID_CREDENTIALS_MESSAGE);
  Object.defineProperty(error, 'cause', {
    value: reason,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return error;
}

function decodeVerifiedPayload(config: TokenSettings, token: string): jwt.JwtPayload {
  try {
    const payload = jwt.verify(token, config.jwt.secret, {
      // Pinned, so neither `none` nor an algorithm swapped into the header is honoured.
      algorithms: [config.jwt.algorithm],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    });
    if (typeof payload === 'string') throw new Error('token payload is not a JSON object');
    return payload;
  } catch (error) {
    throw credentialsRejected(error);
  }
}

export function verifyAccessToken(config: TokenSettings, token: string): VerifiedAccessToken {
  const payload = decodeVerifiedPayload(config, token);
  // jsonwebtoken accepts a token without exp as never expiring; this system never issues one.
  if (typeof payload.exp !== 'number') throw credentialsRejected(new Error('token has no exp claim'));
  if (typeof payload.sub !== 'string' || !isObjectIdOrHexString(payload.sub)) {
    throw credentialsRejected(new Error('token has no usable sub claim'));
  }
  return { userId: payload.sub };
}
