import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(pbkdf2);

/** passlib's `pbkdf2_sha256` always stores a 32-byte SHA-256 derived key. */
const CHECKSUM_BYTES = 32;

/** Stops a corrupted (or planted) stored hash from pinning a CPU for minutes. */
const MAX_ROUNDS = 10_000_000;

/** `$pbkdf2-sha256$<rounds>$<salt>$<checksum>`; passlib writes rounds without leading zeros. */
const PASSLIB_PBKDF2_SHA256 = /^\$pbkdf2-sha256\$([1-9][0-9]*)\$([./A-Za-z0-9]*)\$([./A-Za-z0-9]+)$/;

interface PasslibPbkdf2Hash {
  rounds: number;
  salt: Buffer;
  checksum: Buffer;
}

export function isPasslibPbkdf2Sha256Hash(stored: string): boolean {
  return stored.startsWith('$pbkdf2-sha256$');
}

/** passlib's "adapted base64": the standard alphabet with `.` for `+`, and no padding. */
function decodeAdaptedBase64(text: string): Buffer {
  return Buffer.from(text.replaceAll('.', '+'), 'base64');
}

function parsePasslibPbkdf2Sha256(stored: string): PasslibPbkdf2Hash | undefined {
  const match = PASSLIB_PBKDF2_SHA256.exec(stored);
  if (!match) return undefined;
  const [, roundsText = '', saltText = '', checksumText = ''] = match;
  const rounds = Number(roundsText);
  const checksum = decodeAdaptedBase64(checksumText);
  if (rounds > MAX_ROUNDS || checksum.length !== CHECKSUM_BYTES) return undefined;
  return { rounds, salt: decodeAdaptedBase64(saltText), checksum };
}

/**
 * Checks a password against a hash written by the original system (passlib
 * `pbkdf2_sha256`), so migrated users can still sign in. A malformed hash never matches.
 */
export async function verifyPasslibPbkdf2Sha256(plain: string, stored: string): Promise<boolean> {
  const parsed = parsePasslibPbkdf2Sha256(stored);
  if (!parsed) return false;
  const derived = await derive(
    Buffer.from(plain, 'utf8'),
    parsed.salt,
    parsed.rounds,
    CHECKSUM_BYTES,
    'sha256',
  );
  return timingSafeEqual(derived, parsed.checksum);
}
