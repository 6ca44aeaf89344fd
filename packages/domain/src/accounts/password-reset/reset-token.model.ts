import { getModelForClass, index, modelOptions, prop, Severity } from '@typegoose/typegoose';
import { Types } from 'mongoose';

/** An emailed password-reset link; stored under the SHA-256 of its token, never the token itself. */
@modelOptions({
  schemaOptions: { collection: 'password_reset_tokens', timestamps: false, versionKey: false },
  options: { customName: 'PasswordResetToken', allowMixed: Severity.ERROR },
})
@index({ userId: 1 })
export class PasswordResetToken {
  /** base64url SHA-256 of the token. */
  @prop({ type: String, required: true })
  public _id!: string;

  @prop({ type: Types.ObjectId, required: true })
  public userId!: Types.ObjectId;

  @prop({ type: Date, required: true })
  public createdAt!: Date;

  @prop({ type: Date, required: true })
  public expiresAt!: Date;
}

export const PasswordResetTokenModel = getModelForClass(PasswordResetToken);
