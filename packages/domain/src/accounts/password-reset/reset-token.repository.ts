import type { Types } from 'mongoose';
import { type PasswordResetToken, PasswordResetTokenModel } from './reset-token.model.js';

export type { PasswordResetToken };

export async function ensurePasswordResetTokenIndexes(): Promise<void> {
  await PasswordResetTokenModel.createIndexes();
}

export async function insertResetToken(token: PasswordResetToken): Promise<void> {
  await PasswordResetTokenModel.create(token);
}

export function findResetToken(tokenHash: string): Promise<PasswordResetToken | null> {
  return PasswordResetTokenModel.findById(tokenHash).lean<PasswordResetToken>().exec();
}

/**
 * Uses the token up: only the caller whose delete removed it may go on, so a
 * token works once even when two requests race with it. (A delete is a single
 * step on FerretDB too, unlike a filtered update.)
 */
export async function consumeResetToken(tokenHash: string): Promise<boolean> {
  return (await PasswordResetTokenModel.deleteOne({ _id: tokenHash })).deletedCount === 1;
}

export async function deleteUserResetTokens(userId: Types.ObjectId): Promise<void> {
  await PasswordResetTokenModel.deleteMany({ userId });
}
