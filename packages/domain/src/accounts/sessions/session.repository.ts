import type { Types } from 'mongoose';
import { withLock } from '../../database/index.js';
import { type Session, SessionModel } from './session.model.js';

export async function ensureSessionIndexes(): Promise<void> {
  await SessionModel.createIndexes();
}

export type { Session };

export type RevocationReason =
  | 'logout'
  | 'logout-everywhere'
  | 'revoked'
  | 'password-changed'
  | 'password-reset'
  | 'refresh-token-reuse';

/** Enough history to recognise a replayed token for weeks of half-hourly refreshes. */
const MAX_ROTATED_HASHES = 200;

/** Rotations are rare and quick; a crashed holder blocks its session's next refresh for at most the TTL. */
const ROTATION_LEASE = { ttlMs: 5_000, waitMs: 5_000, pollMs: 20 };

export interface NewSession {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  tokenHash: string;
  userAgent: string | null;
  ip: string | null;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(session: NewSession): Promise<Session> {
  const { now, ...fields } = session;
  const created = await SessionModel.create({ ...fields, createdAt: now, lastUsedAt: now });
  return created.toObject();
}

export function findSession(sessionId: Types.ObjectId): Promise<Session | null> {
  return SessionModel.findById(sessionId).lean<Session>().exec();
}

/**
 * Runs `work` on the session while no other rotation of it can run. On MongoDB
 * a filtered findOneAndUpdate would be enough; FerretDB 1.24 (SQLite) matches
 * and writes separately, so two refreshes racing with one token could both
 * win. The lease makes them take turns: the second sees the token rotated.
 */
export function withSessionLocked<T>(sessionId: Types.ObjectId, work: () => Promise<T>): Promise<T> {
  return withLock(`session:${sessionId.toString()}`, work, ROTATION_LEASE);
}

export interface Rotation {
  previousHash: string;
  nextHash: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
  expiresAt: Date;
}

/** Call inside withSessionLocked, with the session as read there. */
export async function rotateSessionToken(session: Session, rotation: Rotation): Promise<void> {
  const rotated = [...session.rotatedTokenHashes, rotation.previousHash].slice(-MAX_ROTATED_HASHES);
  await SessionModel.updateOne(
    { _id: session._id, tokenHash: rotation.previousHash, revokedAt: null },
    {
      $set: {
        tokenHash: rotation.nextHash,
        rotatedTokenHashes: rotated,
        lastUsedAt: rotation.now,
        expiresAt: rotation.expiresAt,
        ip: rotation.ip,
        userAgent: rotation.userAgent,
      },
    },
  );
}

export async function revokeSession(
  sessionId: Types.ObjectId,
  reason: RevocationReason,
  now: Date,
): Promise<boolean> {
  const result = await SessionModel.updateOne(
    { _id: sessionId, revokedAt: null },
    { $set: { revokedAt: now, revokedReason: reason } },
  );
  return result.modifiedCount > 0;
}

/** Ends every live session of the user, except `keep` when given. */
export async function revokeUserSessions(
  userId: Types.ObjectId,
  reason: RevocationReason,
  now: Date,
  keep?: Types.ObjectId,
): Promise<number> {
  const filter = { userId, revokedAt: null, ...(keep ? { _id: { $ne: keep } } : {}) };
  const result = await SessionModel.updateMany(filter, { $set: { revokedAt: now, revokedReason: reason } });
  return result.modifiedCount;
}

/** The user's sessions still usable at `now`, most recently used first. */
export function findActiveSessions(userId: Types.ObjectId, now: Date): Promise<Session[]> {
  return SessionModel.find({ userId, revokedAt: null, expiresAt: { $gt: now } })
    .sort({ lastUsedAt: -1 })
    .lean<Session[]>()
    .exec();
}

export async function deleteUserSessions(userId: Types.ObjectId): Promise<void> {
  await SessionModel.deleteMany({ userId });
}
