import { getModelForClass, index, modelOptions, prop, Severity } from '@typegoose/typegoose';
import { Types } from 'mongoose';

/**
 * One signed-in device: a refresh-token family. Only digests of its refresh
 * tokens are stored, the current one and those rotated away (to recognise a
 * replayed token and end the family).
 */
@modelOptions({
  schemaOptions: { collection: 'sessions', timestamps: false, versionKey: false },
  options: { customName: 'Session', allowMixed: Severity.ERROR },
})
@index({ userId: 1, expiresAt: -1 })
export class Session {
  public _id!: Types.ObjectId;

  @prop({ type: Types.ObjectId, required: true })
  public userId!: Types.ObjectId;

  /** SHA-256 (base64url) of the refresh token's secret part. */
  @prop({ type: String, required: true })
  public tokenHash!: string;

  /** Digests of tokens this session already rotated away from, newest last, capped. */
  @prop({ type: () => [String], default: [] })
  public rotatedTokenHashes!: string[];

  @prop({ type: String, default: null })
  public userAgent!: string | null;

  @prop({ type: String, default: null })
  public ip!: string | null;

  @prop({ type: Date, required: true })
  public createdAt!: Date;

  @prop({ type: Date, required: true })
  public lastUsedAt!: Date;

  /** The current refresh token stops working at this time; each refresh moves it forward. */
  @prop({ type: Date, required: true })
  public expiresAt!: Date;

  @prop({ type: Date, default: null })
  public revokedAt!: Date | null;

  @prop({ type: String, default: null })
  public revokedReason!: string | null;
}

export const SessionModel = getModelForClass(Session);
