import * as operations from '@career-navigator/client';
import { PEPPERED_HASH_MARKER } from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

/** bcryptjs 3: hashSync('Old-Bcrypt-Pass1', 4) and hashSync('Old-Bcrypt-Pass2', 4), as this API stored them before. */
const PLAIN_BCRYPT_HASHES = {
  'Old-Bcrypt-Pass1': '$2b$04$a/lID5yzA4ziP5ayiHyHwecdecP6fdga9/XY.cUPf2VemzyKm2KBy',
  'Old-Bcrypt-Pass2': '$2b$04$cujhmn7GuyfaSaDFd1P1y.a1cwe5cTfJmmgnOmvA9FQrYZiQD7CkS',
};

function register(email: string, password: string) {
  return api
    .client()
    .request(operations.RegisterDocument, { input: { email, password, fullName: 'Long Password' } });
}

function login(email: string, password: string) {
  return api.client().request(operations.LoginDocument, { email, password });
}

async function insertLegacyUser(email: string, hashedPassword: string): Promise<void> {
  await storedCollection('users').insertOne({
    email,
    hashedPassword,
    fullName: 'Legacy User',
    skills: ['python'],
    targetRoles: ['Data Scientist'],
    experienceLevel: '4th Year',
    location: null,
    version: 0,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date('2024-01-01T00:00:00Z'),
  });
}

async function storedHashOf(email: string): Promise<string | undefined> {
  return (await storedCollection('users').findOne({ email }))?.hashedPassword;
}

describe('full-length passwords', () => {
  it('tell apart two passwords that share their first 72 bytes', async () => {
    const stem = `Aa1-${'long-password-'.repeat(5)}`.slice(0, 72);
    const registered = `${stem}tail1`;
    expect(Buffer.byteLength(registered)).toBe(77);
    await register('long@example.com', registered);

    const refused = await graphqlErrorOf(login('long@example.com', `${stem}other`));
    expect(refused.extensions.code).toBe('UNAUTHENTICATED');
    const oneByteMore = await graphqlErrorOf(login('long@example.com', `${stem}t`));
    expect(oneByteMore.extensions.code).toBe('UNAUTHENTICATED');
    await expect(login('long@example.com', registered)).resolves.toMatchObject({
      login: { user: { email: 'long@example.com' } },
    });
  });

  it('count the policy length in characters, not bytes', async () => {
    const emoji = '\u{1F600}';
    const longest = `Aa1${emoji.repeat(125)}`;
    expect([...longest]).toHaveLength(128);
    await register('emoji@example.com', longest);
    await expect(login('emoji@example.com', longest)).resolves.toBeDefined();
    const differentLastCharacter = `Aa1${emoji.repeat(124)}\u{1F601}`;
    expect((await graphqlErrorOf(login('emoji@example.com', differentLastCharacter))).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuse an over-long password with BAD_USER_INPUT naming the field', async () => {
    const error = await graphqlErrorOf(register('too-long@example.com', `Aa1${'x'.repeat(126)}`));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(error)).toMatch(/password/);
    expect(error.message).toMatch(/128 characters/);
    expect(await storedCollection('users').countDocuments({ email: 'too-long@example.com' })).toBe(0);
  });
});

describe('stored hashes of earlier formats', () => {
  it('verify a pbkdf2_sha256 hash from the original system and upgrade it', async () => {
    // passlib 1.7.4: pbkdf2_sha256.using(rounds=1000, salt=b'legacy-user-salt').hash('Legacy-Passw0rd')
    const legacyHash =
      '$pbkdf2-sha256$1000$bGVnYWN5LXVzZXItc2FsdA$dY5Fneg80j8xzNxpl6isRhVkNA5FiZDY/qigq3uMvVI';
    await insertLegacyUser('legacy@example.com', legacyHash);

    const { login: signedIn } = await login('Legacy@Example.com', 'Legacy-Passw0rd');
    expect(signedIn.user).toMatchObject({ email: 'legacy@example.com', experienceLevel: 'FOURTH_YEAR' });
    expect((await storedHashOf('legacy@example.com'))?.startsWith(`${PEPPERED_HASH_MARKER}$2b$04$`)).toBe(
      true,
    );
    await expect(login('legacy@example.com', 'Legacy-Passw0rd')).resolves.toBeDefined();
    expect((await graphqlErrorOf(login('legacy@example.com', 'Legacy-Passw0rd!'))).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('verify a plain bcrypt hash written before the pre-hash and upgrade it', async () => {
    const oldHash = PLAIN_BCRYPT_HASHES['Old-Bcrypt-Pass1'];
    await insertLegacyUser('old-bcrypt@example.com', oldHash);

    await expect(login('old-bcrypt@example.com', 'Old-Bcrypt-Pass1')).resolves.toBeDefined();
    const upgraded = await storedHashOf('old-bcrypt@example.com');
    expect(upgraded).not.toBe(oldHash);
    expect(upgraded?.startsWith(PEPPERED_HASH_MARKER)).toBe(true);
    await expect(login('old-bcrypt@example.com', 'Old-Bcrypt-Pass1')).resolves.toBeDefined();
  });

  it('keep a legacy hash when the password is wrong', async () => {
    const oldHash = PLAIN_BCRYPT_HASHES['Old-Bcrypt-Pass2'];
    await insertLegacyUser('kept@example.com', oldHash);
    expect((await graphqlErrorOf(login('kept@example.com', 'Wrong-Bcrypt-Pass2'))).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await storedHashOf('kept@example.com')).toBe(oldHash);
  });
});
