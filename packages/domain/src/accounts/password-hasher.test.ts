import { pbkdf2Sync, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BCRYPT_COST,
  hashPassword,
  PEPPERED_HASH_MARKER,
  verifyPassword,
} from './password-hasher.js';

const FAST = { pepper: 'test-pepper', bcryptCost: 4 };

/** passlib's hash64 flavour of base64: `.` for `+`, padding dropped. */
function encodeAdaptedBase64(bytes: Buffer): string {
  return bytes.toString('base64').replaceAll('+', '.').replace(/=+$/, '');
}

/** Builds a hash the way passlib's pbkdf2_sha256.hash() lays it out. */
function passlibStyleHash(password: string, salt: Buffer, rounds: number): string {
  const checksum = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, rounds, 32, 'sha256');
  return `$pbkdf2-sha256$${rounds}$${encodeAdaptedBase64(salt)}$${encodeAdaptedBase64(checksum)}`;
}

/**
 * Known vectors. The first is passlib's documented example; the others were
 * produced by passlib 1.7.4 (`pbkdf2_sha256.using(rounds=..., salt=...).hash(...)`).
 */
const PASSLIB_VECTORS = [
  {
    password: 'password',
    hash: '$pbkdf2-sha256$6400$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9M',
  },
  {
    password: 'S3cret-Pässword',
    hash: '$pbkdf2-sha256$29000$AAECAwQFBgcICQoLDA0ODw$QRCP0BTmoDczUZtHshsaRVjkhboav7AxwHesmvEW/l4',
  },
  {
    password: 'Migrated1Password',
    hash: '$pbkdf2-sha256$1000$Y2FyZWVyLW5hdmlnYXRvci1zYWx0$ct0XgqekU1ZCBir03m2kJJ88Um.WMmJUunysufiNLqk',
  },
  {
    password: 'Legacy-Passw0rd',
    hash: '$pbkdf2-sha256$1000$$cWv/bI9Uy4Kvwn3mmwHIXr2LEjFT7GZp0IJN5g0OTns',
  },
] as const;

describe('hashPassword', () => {
  it('marks the hash and uses bcrypt at cost 12 unless told otherwise', async () => {
    expect(DEFAULT_BCRYPT_COST).toBe(12);
    const hash = await hashPassword('Production1', { pepper: 'test-pepper' });
    expect(hash.startsWith(PEPPERED_HASH_MARKER)).toBe(true);
    const bcryptPart = hash.slice(PEPPERED_HASH_MARKER.length);
    expect(bcryptPart).toMatch(/^\$2b\$12\$/);
    expect(bcrypt.getRounds(bcryptPart)).toBe(12);
  });

  it('honours a lower cost and salts every hash', async () => {
    const first = await hashPassword('Same-Passw0rd', FAST);
    const second = await hashPassword('Same-Passw0rd', FAST);
    expect(bcrypt.getRounds(first.slice(PEPPERED_HASH_MARKER.length))).toBe(4);
    expect(first).not.toBe(second);
  });
});

describe('verifyPassword with pre-hashed bcrypt', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Right-Passw0rd', FAST);
    expect(await verifyPassword('Right-Passw0rd', hash, FAST)).toEqual({ valid: true, needsRehash: false });
    expect(await verifyPassword('Wrong-Passw0rd', hash, FAST)).toEqual({ valid: false, needsRehash: false });
  });

  it("counts every character, past bcrypt's 72 bytes", async () => {
    const stem = `Aa1${'x'.repeat(70)}`;
    const hash = await hashPassword(`${stem}-first-ending`, FAST);
    expect((await verifyPassword(`${stem}-first-ending`, hash, FAST)).valid).toBe(true);
    expect((await verifyPassword(`${stem}-other-ending`, hash, FAST)).valid).toBe(false);
    expect((await verifyPassword(stem, hash, FAST)).valid).toBe(false);
  });

  it('depends on the pepper', async () => {
    const hash = await hashPassword('Right-Passw0rd', FAST);
    expect((await verifyPassword('Right-Passw0rd', hash, { ...FAST, pepper: 'other' })).valid).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('Caf\u00e9-Passw0rd', FAST);
    expect((await verifyPassword('Cafe\u0301-Passw0rd', hash, FAST)).valid).toBe(true);
  });

  it('asks for a rehash when the stored cost is below the configured one', async () => {
    const hash = await hashPassword('Right-Passw0rd', FAST);
    expect(await verifyPassword('Right-Passw0rd', hash, { ...FAST, bcryptCost: 5 })).toEqual({
      valid: true,
      needsRehash: true,
    });
  });

  it('refuses a marked hash whose bcrypt part is malformed', async () => {
    expect(await verifyPassword('Right-Passw0rd', `${PEPPERED_HASH_MARKER}$2b$04$short`, FAST)).toEqual({
      valid: false,
      needsRehash: false,
    });
  });
});

describe('verifyPassword with plain bcrypt written before the pre-hash', () => {
  it('verifies and asks for an upgrade', async () => {
    const legacy = await bcrypt.hash('Right-Passw0rd', 4);
    expect(await verifyPassword('Right-Passw0rd', legacy, FAST)).toEqual({ valid: true, needsRehash: true });
    expect(await verifyPassword('Wrong-Passw0rd', legacy, FAST)).toEqual({
      valid: false,
      needsRehash: false,
    });
  });

  it('does not upgrade from a password longer than bcrypt read, whose ending it never checked', async () => {
    const stem = `Aa1${'x'.repeat(70)}`;
    const legacy = await bcrypt.hash(`${stem}-first-ending`, 4);
    expect(await verifyPassword(`${stem}-typed-ending`, legacy, FAST)).toEqual({
      valid: true,
      needsRehash: false,
    });
  });
});

describe('verifyPassword with passlib pbkdf2_sha256', () => {
  it.each(PASSLIB_VECTORS)(
    'verifies the known vector for "$password" and asks for a rehash',
    async (vector) => {
      expect(await verifyPassword(vector.password, vector.hash, FAST)).toEqual({
        valid: true,
        needsRehash: true,
      });
      expect(await verifyPassword(`${vector.password}x`, vector.hash, FAST)).toEqual({
        valid: false,
        needsRehash: false,
      });
    },
  );

  it('verifies a hash built the passlib way from a random salt', async () => {
    const hash = passlibStyleHash('Fresh-Passw0rd', randomBytes(16), 2000);
    expect(hash).toMatch(/^\$pbkdf2-sha256\$2000\$[./A-Za-z0-9]{22}\$[./A-Za-z0-9]{43}$/);
    expect((await verifyPassword('Fresh-Passw0rd', hash, FAST)).valid).toBe(true);
    expect((await verifyPassword('fresh-Passw0rd', hash, FAST)).valid).toBe(false);
  });

  it('reproduces the passlib vector byte for byte', () => {
    expect(passlibStyleHash('Migrated1Password', Buffer.from('career-navigator-salt'), 1000)).toBe(
      PASSLIB_VECTORS[2].hash,
    );
  });

  it.each([
    ['a checksum of the wrong length', '$pbkdf2-sha256$1000$c2FsdA$AAAA'],
    ['rounds written with a leading zero', PASSLIB_VECTORS[2].hash.replace('$1000$', '$01000$')],
    ['non-numeric rounds', PASSLIB_VECTORS[2].hash.replace('$1000$', '$many$')],
    ['an absurd round count', PASSLIB_VECTORS[2].hash.replace('$1000$', '$999999999$')],
    ['characters outside the alphabet', PASSLIB_VECTORS[2].hash.replace('ct0X', 'ct+X')],
    ['another passlib scheme', '$pbkdf2-sha512$1000$c2FsdA$AAAA'],
    ['a plain-text password', 'Migrated1Password'],
  ])('refuses %s without throwing', async (_label, stored) => {
    expect(await verifyPassword('Migrated1Password', stored, FAST)).toEqual({
      valid: false,
      needsRehash: false,
    });
  });
});
