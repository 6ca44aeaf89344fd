import { createSecretKey, type KeyObject, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config/index.js';
import { AuthenticationError } from '../errors/index.js';
import { isStoredId } from '../shared/index.js';

export type TokenSettings = Pick<AppConfig, 'jwt'>;

export interface AccessToken {
  accessToken: string;
  tokenType: 'bearer';
  /** Lifetime in seconds, as OAuth 2 clients expect. */
  expiresIn: number;
}

export interface VerifiedAccessToken {
  userId: string;
  /** The refresh-token session the token was issued for. */
  sessionId: string;
  /** The user's token version when it was issued; a bump since then revokes it. */
  tokenVersion: number;
}

export interface AccessTokenSubject {
  userId: string;
  sessionId: string;
  tokenVersion: number;
}

export const INVALID_CREDENTIALS_MESSAGE = 'Could not validate credentials';

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

/**
 * Issues and verifies the API's access tokens. The secret becomes a KeyObject once, when
 * the tokens are built: given a string, jsonwebtoken first tries (and fails) to parse it
 * as a PEM public key on every call, which costs more than the signature check itself.
 */
export class AccessTokens {
  private readonly key: KeyObject;

  constructor(private readonly settings: TokenSettings) {
    this.key = createSecretKey(Buffer.from(settings.jwt.secret));
  }

  issue(subject: AccessTokenSubject): AccessToken {
    const { jwt: settings } = this.settings;
    const expiresIn = settings.expiresInMinutes * 60;
    const claims = { sid: subject.sessionId, tv: subject.tokenVersion };
    const accessToken = jwt.sign(claims, this.key, {
      algorithm: settings.algorithm,
      expiresIn,
      issuer: settings.issuer,
      audience: settings.audience,
      subject: subject.userId,
      jwtid: randomUUID(),
    });
    return { accessToken, tokenType: 'bearer', expiresIn };
  }

  verify(token: string): VerifiedAccessToken {
    const payload = this.verifiedPayload(token);
    // jsonwebtoken accepts a token without exp as never expiring; this system never issues one.
    if (typeof payload.exp !== 'number') throw credentialsRejected(new Error('token has no exp claim'));
    if (typeof payload.sub !== 'string' || !isStoredId(payload.sub)) {
      throw credentialsRejected(new Error('token has no usable sub claim'));
    }
    const { sid, tv } = payload;
    // Tokens from before sessions existed carry neither; their holders sign in once more.
    if (typeof sid !== 'string' || !isStoredId(sid)) {
      throw credentialsRejected(new Error('token has no usable sid claim'));
    }
    if (typeof tv !== 'number' || !Number.isInteger(tv) || tv < 0) {
      throw credentialsRejected(new Error('token has no usable tv claim'));
    }
    return { userId: payload.sub, sessionId: sid, tokenVersion: tv };
  }

  private verifiedPayload(token: string): jwt.JwtPayload {
    const { jwt: settings } = this.settings;
    try {
      const payload = jwt.verify(token, this.key, {
        // Pinned, so neither `none` nor an algorithm swapped into the header is honoured.
        algorithms: [settings.algorithm],
        issuer: settings.issuer,
        audience: settings.audience,
      });
      if (typeof payload === 'string') throw new Error('token payload is not a JSON object');
      return payload;
    } catch (error) {
      throw credentialsRejected(error);
    }
  }
}

/**
 * A verified token still speaks for its user only while the user's token
 * version is the one it was issued under: changing or resetting the password,
 * signing out everywhere and ending a session all bump it.
 */
export function assertTokenCurrent(token: VerifiedAccessToken, user: { tokenVersion?: number }): void {
  if (token.tokenVersion !== (user.tokenVersion ?? 0)) {
    throw credentialsRejected(new Error('token version was revoked'));
  }
}
