import { createHmac } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { bcryptCompare, bcryptHash } from './bcrypt-pool.js';
import { isPasslibPbkdf2Sha256Hash, verifyPasslibPbkdf2Sha256 } from './passlib-pbkdf2.js';

/** bcrypt work factor for stored passwords; about 0.2–0.3 s per check on a server core. */
export const DEFAULT_BCRYPT_COST = 12;

/**
 * Marks hashes written by hashPassword: bcrypt over a base64 HMAC-SHA-256 of
 * the password keyed with the pepper. bcrypt reads only 72 bytes, the 44-byte
 * pre-hash makes every character of the password count.
 */
export const PEPPERED_HASH_MARKER = '$hmac-sha256-bcrypt$';

/** bcrypt ignores everything past its 72nd byte; plain bcrypt hashes cannot tell such passwords apart. */
const BCRYPT_INPUT_BYTES = 72;

export interface PasswordHashingOptions {
  /** HMAC key of the pre-hash (config.passwordPepper); never stored with the hashes. */
  pepper: string;
  /** bcrypt work factor; tests lower it (to 4) to stay fast. */
  bcryptCost?: number;
}

export interface PasswordCheck {
  valid: boolean;
  /** The stored hash is older or weaker than what hashPassword writes today and should be replaced. */
  needsRehash: boolean;
}

const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

function costOf(options: PasswordHashingOptions): number {
  return options.bcryptCost ?? DEFAULT_BCRYPT_COST;
}

/** NFC first, so the same password typed on two keyboards (composed or not) gives one pre-hash. */
function preHash(plain: string, pepper: string): string {
  return createHmac('sha256', pepper).update(plain.normalize('NFC'), 'utf8').digest('base64');
}

export async function hashPassword(plain: string, options: PasswordHashingOptions): Promise<string> {
  const hash = await bcryptHash(preHash(plain, options.pepper), costOf(options));
  return `${PEPPERED_HASH_MARKER}${hash}`;
}

async function verifyPeppered(plain: string, stored: string, options: PasswordHashingOptions) {
  const bcryptHash = stored.slice(PEPPERED_HASH_MARKER.length);
  if (!BCRYPT_HASH.test(bcryptHash)) return { valid: false, needsRehash: false };
  const valid = await bcryptCompare(preHash(plain, options.pepper), bcryptHash);
  return { valid, needsRehash: valid && bcrypt.getRounds(bcryptHash) < costOf(options) };
}

/**
 * A plain bcrypt hash (written before the pre-hash existed) is upgraded only
 * when the password fits in bcrypt's 72 bytes: beyond that any ending matches,
 * and rehashing whatever ending was typed could lock the owner out.
 */
async function verifyLegacyBcrypt(plain: string, stored: string): Promise<PasswordCheck> {
  const valid = await bcryptCompare(plain, stored);
  return { valid, needsRehash: valid && Buffer.byteLength(plain, 'utf8') <= BCRYPT_INPUT_BYTES };
}

/**
 * Accepts the hashes this system writes, plain bcrypt hashes written before
 * the pre-hash, and the passlib pbkdf2_sha256 hashes of users migrated from
 * the original, flagging the older formats (and a lower cost) for an upgrade
 * on the next successful sign-in.
 */
export async function verifyPassword(
  plain: string,
  stored: string,
  options: PasswordHashingOptions,
): Promise<PasswordCheck> {
  if (stored.startsWith(PEPPERED_HASH_MARKER)) return verifyPeppered(plain, stored, options);
  if (BCRYPT_HASH.test(stored)) return verifyLegacyBcrypt(plain, stored);
  if (isPasslibPbkdf2Sha256Hash(stored)) {
    const valid = await verifyPasslibPbkdf2Sha256(plain, stored);
    return { valid, needsRehash: valid };
  }
  return { valid: false, needsRehash: false };
}
