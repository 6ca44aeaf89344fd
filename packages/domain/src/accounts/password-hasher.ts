import bcrypt from 'bcryptjs';
import { isPasslibPbkdf2Sha256Hash, verifyPasslibPbkdf2Sha256 } from './passlib-pbkdf2.js';

/** bcrypt work factor for stored passwords; about 0.2–0.3 s per check on a server core. */
export const DEFAULT_BCRYPT_COST = 12;

export interface PasswordHashingOptions {
  /** bcrypt work factor; tests lower it (to 4) to stay fast. */
  bcryptCost?: number;
}

export interface PasswordCheck {
  valid: boolean;
  /** The stored hash is weaker than what hashPassword writes today and should be replaced. */
  needsRehash: boolean;
}

const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

function costOf(options: PasswordHashingOptions): number {
  return options.bcryptCost ?? DEFAULT_BCRYPT_COST;
}

export function hashPassword(plain: string, options: PasswordHashingOptions = {}): Promise<string> {
  return bcrypt.hash(plain, costOf(options));
}

/**
 * Accepts the bcrypt hashes this system writes and the passlib pbkdf2_sha256
 * hashes of users migrated from the original, flagging the latter (and bcrypt
 * below the configured cost) for an upgrade on the next successful login.
 */
export async function verifyPassword(
  plain: string,
  stored: string,
  options: PasswordHashingOptions = {},
): Promise<PasswordCheck> {
  if (BCRYPT_HASH.test(stored)) {
    const valid = await bcrypt.compare(plain, stored);
    return { valid, needsRehash: valid && bcrypt.getRounds(stored) < costOf(options) };
  }
  if (isPasslibPbkdf2Sha256Hash(stored)) {
    const valid = await verifyPasslibPbkdf2Sha256(plain, stored);
    return { valid, needsRehash: valid };
  }
  return { valid: false, needsRehash: false };
}
