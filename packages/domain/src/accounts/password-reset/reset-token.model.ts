import { getModelForClass, index, Severity } from '@typegoose/typegoose';
import { Types } from 'mongoose';
import { requiredDate, requiredObjectId, requiredString, storedAs } from '../../database/index.js';

/** An emailed password-reset link; stored under the SHA-256 of its token, never the token itself. */
@storedAs(
  'PasswordResetToken',
  { collection: 'password_reset_tokens', timestamps: false, versionKey: false },
  { allowMixed: Severity.ERROR },
)
@index({ userId: 1 })
export class PasswordResetToken {
  /** base64url SHA-256 of the token. */
  @requiredString() public _id!: string;

  @requiredObjectId() public userId!: Types.ObjectId;
  @requiredDate() public createdAt!: Date;
  @requiredDate() public expiresAt!: Date;
}

export const PasswordResetTokenModel = getModelForClass(PasswordResetToken);
