import { getModelForClass, index, Severity } from '@typegoose/typegoose';
import { Types } from 'mongoose';
import {
  nullableDate,
  nullableString,
  requiredDate,
  requiredObjectId,
  requiredString,
  storedAs,
  stringList,
} from '../../database/index.js';

/**
 * One signed-in device: a refresh-token family. Only digests of its refresh
 * tokens are stored, the current one and those rotated away (to recognise a
 * replayed token and end the family).
 */
@storedAs(
  'Session',
  { collection: 'sessions', timestamps: false, versionKey: false },
  { allowMixed: Severity.ERROR },
)
@index({ userId: 1, expiresAt: -1 })
export class Session {
  public _id!: Types.ObjectId;

  @requiredObjectId() public userId!: Types.ObjectId;

  /** SHA-256 (base64url) of the refresh token's secret part. */
  @requiredString() public tokenHash!: string;

  /** Digests of tokens this session already rotated away from, newest last, capped. */
  @stringList() public rotatedTokenHashes!: string[];

  @nullableString() public userAgent!: string | null;
  @nullableString() public ip!: string | null;
  @requiredDate() public createdAt!: Date;
  @requiredDate() public lastUsedAt!: Date;

  /** The current refresh token stops working at this time; each refresh moves it forward. */
  @requiredDate() public expiresAt!: Date;

  @nullableDate() public revokedAt!: Date | null;
  @nullableString() public revokedReason!: string | null;
}

export const SessionModel = getModelForClass(Session);
