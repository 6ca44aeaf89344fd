import { Types } from 'mongoose';
import { type Clock, daysAfter } from '../../clock/index.js';
import { AuthenticationError, NotFoundError } from '../../errors/index.js';
import { isStoredId } from '../../shared/index.js';
import { newRefreshToken, type ParsedRefreshToken, parseRefreshToken, sameHash } from './refresh-token.js';
import {
  findActiveSessions,
  findSession,
  insertSession,
  type RevocationReason,
  revokeSession,
  revokeUserSessions,
  rotateSessionToken,
  type Session,
  withSessionLocked,
} from './session.repository.js';

export const INVALID_REFRESH_TOKEN_MESSAGE = 'The session has ended; sign in again';

/** Where a sign-in or refresh came from, as shown in the session list. */
export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

export interface RefreshGrant {
  sessionId: string;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface RotatedGrant extends RefreshGrant {
  userId: Types.ObjectId;
}

/** A session as its owner may see it: no token material. */
export interface SessionView {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
}

/** Bounds what a client can make us store about itself. */
const MAX_USER_AGENT_LENGTH = 512;

function clientFields(client: ClientInfo): { ip: string | null; userAgent: string | null } {
  return { ip: client.ip ?? null, userAgent: client.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) || null };
}

function toView({ _id, userAgent, ip, createdAt, lastUsedAt, expiresAt }: Session): SessionView {
  return { id: _id.toString(), userAgent, ip, createdAt, lastUsedAt, expiresAt };
}

type RotationOutcome =
  | { kind: 'rotated'; grant: RotatedGrant }
  | { kind: 'ended'; reason: string; theftOf?: Types.ObjectId };

function sessionEnded(reason: string): AuthenticationError {
  const error = new AuthenticationError(INVALID_REFRESH_TOKEN_MESSAGE);
  Object.defineProperty(error, 'cause', { value: new Error(reason), enumerable: false });
  return error;
}

export interface SessionServiceOptions {
  clock: Clock;
  refreshTokenLifetimeDays: number;
  /** Told when a replayed refresh token ended a family, so every access token of the user stops too. */
  onTokenTheft: (userId: Types.ObjectId) => Promise<void>;
}

/**
 * Refresh-token sessions: one per signed-in device. Each refresh rotates the
 * token; presenting a token that was already rotated away means it was copied,
 * so the whole session ends (the thief's copy and the owner's alike).
 */
export class SessionService {
  constructor(private readonly options: SessionServiceOptions) {}

  async start(userId: Types.ObjectId, client: ClientInfo): Promise<RefreshGrant> {
    const now = this.options.clock.now();
    const expiresAt = this.expiryFrom(now);
    const sessionId = new Types.ObjectId();
    const { token, secretHash } = newRefreshToken(sessionId);
    await insertSession({
      _id: sessionId,
      userId,
      tokenHash: secretHash,
      ...clientFields(client),
      now,
      expiresAt,
    });
    return { sessionId: sessionId.toString(), refreshToken: token, refreshTokenExpiresAt: expiresAt };
  }

  /** Swaps a live refresh token for a new one; throws AuthenticationError otherwise. */
  async rotate(refreshToken: string, client: ClientInfo): Promise<RotatedGrant> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw sessionEnded('malformed refresh token');
    const outcome = await withSessionLocked(parsed.sessionId, () => this.rotateLocked(parsed, client));
    if (outcome.kind === 'rotated') return outcome.grant;
    if (outcome.theftOf) await this.options.onTokenTheft(outcome.theftOf);
    throw sessionEnded(outcome.reason);
  }

  private async rotateLocked(parsed: ParsedRefreshToken, client: ClientInfo): Promise<RotationOutcome> {
    const session = await findSession(parsed.sessionId);
    if (!session) return { kind: 'ended', reason: 'unknown session' };
    const now = this.options.clock.now();
    if (session.rotatedTokenHashes.some((hash) => sameHash(hash, parsed.secretHash))) {
      await revokeSession(session._id, 'refresh-token-reuse', now);
      return { kind: 'ended', reason: 'refresh token reused', theftOf: session.userId };
    }
    if (!sameHash(session.tokenHash, parsed.secretHash))
      return { kind: 'ended', reason: 'unknown refresh token' };
    if (session.revokedAt) return { kind: 'ended', reason: `session revoked (${session.revokedReason})` };
    if (session.expiresAt <= now) return { kind: 'ended', reason: 'session expired' };
    const next = newRefreshToken(session._id);
    const expiresAt = this.expiryFrom(now);
    await rotateSessionToken(session, {
      previousHash: session.tokenHash,
      nextHash: next.secretHash,
      ...clientFields(client),
      now,
      expiresAt,
    });
    const grant = {
      userId: session.userId,
      sessionId: session._id.toString(),
      refreshToken: next.token,
      refreshTokenExpiresAt: expiresAt,
    };
    return { kind: 'rotated', grant };
  }

  /** Ends the session the token belongs to; the session's user, or undefined when it was no live token. */
  async endByToken(refreshToken: string): Promise<Types.ObjectId | undefined> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) return undefined;
    const session = await findSession(parsed.sessionId);
    if (!session || !sameHash(session.tokenHash, parsed.secretHash)) return undefined;
    const ended = await revokeSession(session._id, 'logout', this.options.clock.now());
    return ended ? session.userId : undefined;
  }

  /** Ends one of the user's sessions; NotFoundError for an id that is not theirs or not live. */
  async end(userId: Types.ObjectId, sessionId: string, reason: RevocationReason): Promise<void> {
    const session = await this.findOwn(userId, sessionId);
    if (!session || !(await revokeSession(session._id, reason, this.options.clock.now()))) {
      throw new NotFoundError('No such session');
    }
  }

  endAll(userId: Types.ObjectId, reason: RevocationReason, keepSessionId?: string): Promise<number> {
    const now = this.options.clock.now();
    const keep = keepSessionId ? new Types.ObjectId(keepSessionId) : undefined;
    return revokeUserSessions(userId, reason, now, keep);
  }

  async list(userId: Types.ObjectId): Promise<SessionView[]> {
    return (await findActiveSessions(userId, this.options.clock.now())).map(toView);
  }

  private async findOwn(userId: Types.ObjectId, sessionId: string): Promise<Session | undefined> {
    if (!isStoredId(sessionId)) return undefined;
    const session = await findSession(new Types.ObjectId(sessionId));
    return session?.userId.equals(userId) ? session : undefined;
  }

  private expiryFrom(now: Date): Date {
    return daysAfter(now, this.options.refreshTokenLifetimeDays);
  }
}
