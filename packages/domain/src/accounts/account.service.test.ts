import { useTestDatabase, useTestRedis } from '@career-navigator/testkit';
import bcrypt from 'bcryptjs';
import { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { loadConfig } from '../config/index.js';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../errors/index.js';
import { RequestThrottle } from '../throttling/index.js';
import { UserModel } from '../users/user.model.js';
import { INCORRECT_CREDENTIALS_MESSAGE } from './account.service.js';
import {
  AccessTokens,
  AccountService,
  LoginThrottle,
  PEPPERED_HASH_MARKER,
  type RegistrationInput,
  toPublicUser,
  UserVersions,
} from './index.js';
import { verifyPassword } from './password-hasher.js';

useTestDatabase();
const testRedis = useTestRedis();

const config = loadConfig({ ADMIN_EMAILS: 'boss@example.com' });
/** The same secret as the accounts': their tokens verify here. */
const tokens = new AccessTokens(config);
let redis: Redis;
let accounts: AccountService;

beforeAll(() => {
  redis = new Redis(testRedis.url);
  accounts = new AccountService({
    config,
    clock: systemClock,
    throttle: new LoginThrottle({ redis, keyPrefix: testRedis.prefix }),
    // Sign-ups here carry no client IP, so this throttle is never asked.
    registrationThrottle: new RequestThrottle({ redis, name: 'register', limit: 1, windowSeconds: 60 }),
    userVersions: new UserVersions({ redis, keyPrefix: testRedis.prefix }),
    passwordHashing: { bcryptCost: 4 },
  });
});

afterAll(async () => {
  await redis.quit();
});

const PASSWORD = 'Correct-Horse-1';
let emailCounter = 0;

/** A fresh address per test, so tests share neither accounts nor throttle counters. */
function uniqueEmail(): string {
  emailCounter += 1;
  return `user${emailCounter}-${Date.now()}@example.com`;
}

function registration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return { email: uniqueEmail(), password: PASSWORD, fullName: 'Test Student', ...overrides };
}

async function failureOf(action: Promise<unknown>): Promise<unknown> {
  try {
    await action;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function storedHashOf(email: string): Promise<string> {
  return (await UserModel.findOne({ email }).orFail().lean()).hashedPassword;
}

describe('register', () => {
  it('creates the user with a pre-hashed bcrypt hash and returns a token for them', async () => {
    const { user, token } = await accounts.register(
      registration({
        email: ' New.Student@Example.com ',
        skills: ['Python'],
        targetRoles: ['Data Scientist'],
      }),
    );
    expect(user).toMatchObject({ email: 'new.student@example.com', fullName: 'Test Student', version: 0 });
    expect(user).not.toHaveProperty('hashedPassword');
    expect(tokens.verify(token.accessToken)).toMatchObject({
      userId: user._id.toString(),
      tokenVersion: 0,
    });
    expect(token.refreshToken).toMatch(/^[0-9a-f]{24}\.[A-Za-z0-9_-]{43}$/);
    const storedHash = await storedHashOf('new.student@example.com');
    expect(storedHash.startsWith(`${PEPPERED_HASH_MARKER}$2b$04$`)).toBe(true);
    expect(
      await verifyPassword(PASSWORD, storedHash, { pepper: config.passwordPepper, bcryptCost: 4 }),
    ).toEqual({
      valid: true,
      needsRehash: false,
    });
  });

  it('refuses an invalid registration without storing anything', async () => {
    const input = registration({ password: 'weak' });
    const error = await failureOf(accounts.register(input));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await UserModel.countDocuments({ email: input.email })).toBe(0);
  });

  it('lets exactly one of 20 concurrent registrations of one address succeed', async () => {
    const email = uniqueEmail();
    const attempts = Array.from({ length: 20 }, (_, attempt) =>
      accounts.register(registration({ email: attempt % 2 ? email.toUpperCase() : email })),
    );
    const results = await Promise.allSettled(attempts);
    const rejections = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(rejections).toHaveLength(19);
    for (const rejection of rejections) {
      expect(rejection).toBeInstanceOf(ValidationError);
      expect((rejection as ValidationError).problems).toEqual([
        { field: 'email', message: 'is already registered' },
      ]);
    }
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });
});

describe('login', () => {
  it('signs in with the registered password, whatever the address case', async () => {
    const input = registration();
    const { user } = await accounts.register(input);
    const signedIn = await accounts.login({
      email: input.email.toUpperCase(),
      password: PASSWORD,
      ip: '192.0.2.1',
    });
    expect(signedIn.user._id.toString()).toBe(user._id.toString());
    expect(signedIn.user).not.toHaveProperty('hashedPassword');
    expect(signedIn.token.tokenType).toBe('bearer');
    expect(tokens.verify(signedIn.token.accessToken).userId).toBe(user._id.toString());
  });

  it('fails alike for an unknown address and a wrong password', async () => {
    const input = registration();
    await accounts.register(input);
    const wrongPassword = await failureOf(accounts.login({ email: input.email, password: 'Wrong-Passw0rd' }));
    const unknownEmail = await failureOf(accounts.login({ email: uniqueEmail(), password: PASSWORD }));
    for (const error of [wrongPassword, unknownEmail]) {
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).message).toBe(INCORRECT_CREDENTIALS_MESSAGE);
    }
  });

  it('refuses further attempts after 5 failures, even with the right password', async () => {
    const input = registration();
    await accounts.register(input);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        await failureOf(accounts.login({ email: input.email, password: 'Wrong-Passw0rd' })),
      ).toBeInstanceOf(AuthenticationError);
    }
    const limited = await failureOf(accounts.login({ email: input.email, password: PASSWORD }));
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    const input = registration();
    await accounts.register(input);
    const failOnce = () => failureOf(accounts.login({ email: input.email, password: 'Wrong-Passw0rd' }));
    for (let attempt = 0; attempt < 4; attempt += 1) await failOnce();
    await accounts.login({ email: input.email, password: PASSWORD });
    for (let attempt = 0; attempt < 4; attempt += 1)
      expect(await failOnce()).toBeInstanceOf(AuthenticationError);
    await expect(accounts.login({ email: input.email, password: PASSWORD })).resolves.toBeDefined();
  });

  it('accepts a password migrated from the original system and upgrades it to the pre-hashed format', async () => {
    const email = uniqueEmail();
    // passlib 1.7.4: pbkdf2_sha256.using(rounds=1000, salt=b'legacy-user-salt').hash('Legacy-Passw0rd')
    const legacyHash =
      '$pbkdf2-sha256$1000$bGVnYWN5LXVzZXItc2FsdA$dY5Fneg80j8xzNxpl6isRhVkNA5FiZDY/qigq3uMvVI';
    await UserModel.create({ email, hashedPassword: legacyHash, fullName: 'Legacy User' });
    const before = await UserModel.findOne({ email }).orFail().lean();

    await accounts.login({ email, password: 'Legacy-Passw0rd' });

    const after = await UserModel.findOne({ email }).orFail().lean();
    expect(after.hashedPassword.startsWith(`${PEPPERED_HASH_MARKER}$2b$04$`)).toBe(true);
    expect(await bcrypt.compare('Legacy-Passw0rd', after.hashedPassword)).toBe(false);
    expect(after.version).toBe(before.version);
    await expect(accounts.login({ email, password: 'Legacy-Passw0rd' })).resolves.toBeDefined();
  });

  it('leaves a legacy hash alone when the password is wrong', async () => {
    const email = uniqueEmail();
    const legacyHash =
      '$pbkdf2-sha256$1000$bGVnYWN5LXVzZXItc2FsdA$dY5Fneg80j8xzNxpl6isRhVkNA5FiZDY/qigq3uMvVI';
    await UserModel.create({ email, hashedPassword: legacyHash, fullName: 'Legacy User' });
    expect(await failureOf(accounts.login({ email, password: 'Wrong-Passw0rd' }))).toBeInstanceOf(
      AuthenticationError,
    );
    expect(await storedHashOf(email)).toBe(legacyHash);
  });
});

describe('getUserById and userForAccessToken', () => {
  it('finds a user by id and reports unknown or malformed ids as not found', async () => {
    const { user } = await accounts.register(registration());
    expect((await accounts.getUserById(user._id.toString())).email).toBe(user.email);
    expect(await failureOf(accounts.getUserById(new Types.ObjectId().toString()))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await failureOf(accounts.getUserById('{"$ne":null}'))).toBeInstanceOf(NotFoundError);
  });

  it('resolves a token to its principal, and refuses it once the user signed out everywhere', async () => {
    const { user, token } = await accounts.register(registration());
    const verified = tokens.verify(token.accessToken);
    const principal = accounts.sessions.principalOf(verified, await accounts.getUserById(verified.userId));
    expect(principal).toMatchObject({ user: { email: user.email }, sessionId: verified.sessionId });
    await accounts.sessions.endAll(user._id.toString(), 'logout-everywhere');
    const reloaded = await accounts.getUserById(verified.userId);
    expect(() => accounts.sessions.principalOf(verified, reloaded)).toThrow(AuthenticationError);
  });
});

describe('toPublicUser', () => {
  it('exposes the profile, the admin flag and the version, never the hash', async () => {
    const { user } = await accounts.register(registration({ email: 'BOSS@example.com', location: 'Berlin' }));
    const stored = await UserModel.findById(user._id).orFail().lean();
    const exposed = toPublicUser(stored, config);
    expect(Object.keys(exposed).sort()).toEqual(
      [
        'createdAt',
        'email',
        'experienceLevel',
        'fullName',
        'id',
        'isAdmin',
        'location',
        'skills',
        'targetRoles',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(exposed).toMatchObject({ id: user._id.toString(), isAdmin: true, location: 'Berlin', version: 0 });
    expect(JSON.stringify(exposed)).not.toContain(stored.hashedPassword);
    const regular = await accounts.register(registration());
    expect(toPublicUser(regular.user, config).isAdmin).toBe(false);
  });
});

describe('profiles.updateProfile', () => {
  async function newUser(overrides: Partial<RegistrationInput> = {}) {
    return (await accounts.register(registration(overrides))).user;
  }

  it('changes only the fields sent, replaces lists and bumps the version', async () => {
    const user = await newUser({ skills: ['Python'], targetRoles: ['Data Scientist'], location: 'Pune' });
    const { user: updated } = await accounts.profiles.updateProfile(user._id.toString(), 0, {
      fullName: 'Renamed Student',
      skills: ['Docker'],
    });
    expect(updated).toMatchObject({
      fullName: 'Renamed Student',
      targetRoles: ['Data Scientist'],
      location: 'Pune',
      version: 1,
    });
    expect(updated.skills).toHaveLength(1);
    expect(updated.skills).not.toEqual(user.skills);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(user.updatedAt.getTime());
    expect(updated).not.toHaveProperty('hashedPassword');
  });

  it('is seen by the next request of a signed-in user, whichever kind of profile write it was', async () => {
    const { user, token } = await accounts.register(registration({ skills: ['python'] }));
    const id = user._id.toString();
    const principalUser = async () => (await accounts.principalForAccessToken(token.accessToken)).user;
    expect(await principalUser()).toMatchObject({ version: 0, skills: ['python'] });

    await accounts.profiles.updateProfile(id, 0, { fullName: 'Cached Student' });
    expect(await principalUser()).toMatchObject({ version: 1, fullName: 'Cached Student' });
    expect(await accounts.profiles.addSkillToProfile(id, 'docker')).toBe(true);
    expect((await principalUser()).skills).toEqual(['python', 'docker']);
    await accounts.profiles.removeSkillFromProfile(id, 'python');
    expect(await principalUser()).toMatchObject({ version: 3, skills: ['docker'] });
  });

  it('clears experienceLevel and location when sent null', async () => {
    const user = await newUser({ experienceLevel: '2nd Year', location: 'Chennai' });
    const { user: updated } = await accounts.profiles.updateProfile(user._id.toString(), undefined, {
      experienceLevel: null,
      location: null,
    });
    expect(updated).toMatchObject({ experienceLevel: null, location: null });
    expect(await UserModel.findById(user._id).orFail().lean()).toMatchObject({
      experienceLevel: null,
      location: null,
    });
  });

  it('refuses a second update made from the same version, keeping the first', async () => {
    const user = await newUser();
    const id = user._id.toString();
    await accounts.profiles.updateProfile(id, 0, { fullName: 'First Writer' });
    expect(
      await failureOf(accounts.profiles.updateProfile(id, 0, { fullName: 'Second Writer' })),
    ).toBeInstanceOf(ConflictError);
    expect(await accounts.getUserById(id)).toMatchObject({ fullName: 'First Writer', version: 1 });
  });

  it('lets exactly one of two simultaneous updates from the same version win', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const user = await newUser();
      const id = user._id.toString();
      const outcomes = await Promise.allSettled([
        accounts.profiles.updateProfile(id, 0, { fullName: 'Writer One' }),
        accounts.profiles.updateProfile(id, 0, { fullName: 'Writer Two' }),
      ]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
      );
      expect(won).toHaveLength(1);
      expect(lost[0]?.reason).toBeInstanceOf(ConflictError);
      expect((await accounts.getUserById(id)).version).toBe(1);
    }
  });

  it('validates the patch and leaves the profile alone when it is invalid', async () => {
    const user = await newUser();
    expect(
      await failureOf(accounts.profiles.updateProfile(user._id.toString(), 0, { fullName: 'X' })),
    ).toBeInstanceOf(ValidationError);
    expect((await accounts.getUserById(user._id.toString())).version).toBe(0);
  });

  it('writes nothing for an empty patch', async () => {
    const user = await newUser();
    const { user: unchanged, addedRoles } = await accounts.profiles.updateProfile(user._id.toString(), 0, {});
    expect(unchanged.version).toBe(0);
    expect(addedRoles).toEqual([]);
  });

  it('reports as added only roles whose normalised form is new to the user', async () => {
    const user = await newUser({ targetRoles: ['backend engineer', 'Data Scientist'] });
    const { addedRoles } = await accounts.profiles.updateProfile(user._id.toString(), undefined, {
      targetRoles: ['Backend Developer', 'Sr. Backend Developer', 'Data Scientist', 'DevOps Engineer'],
    });
    expect(addedRoles).toEqual(['DevOps Engineer']);
  });

  it('reports no roles as added when the roles are not part of the patch', async () => {
    const user = await newUser({ targetRoles: ['Data Scientist'] });
    const update = await accounts.profiles.updateProfile(user._id.toString(), undefined, {
      location: 'Remote',
    });
    expect(update.addedRoles).toEqual([]);
  });
});

describe('changePassword', () => {
  it('replaces the password after checking the current one', async () => {
    const input = registration();
    const { user, token } = await accounts.register(input);
    const { sessionId } = tokens.verify(token.accessToken);
    await accounts.changePassword(user._id.toString(), sessionId, PASSWORD, 'Brand-New-Passw0rd');
    await expect(
      accounts.login({ email: input.email, password: 'Brand-New-Passw0rd' }),
    ).resolves.toBeDefined();
    expect(await failureOf(accounts.login({ email: input.email, password: PASSWORD }))).toBeInstanceOf(
      AuthenticationError,
    );
  });

  it('refuses a wrong current password, a weak new one and an unchanged one', async () => {
    const { user, token } = await accounts.register(registration());
    const id = user._id.toString();
    const { sessionId } = tokens.verify(token.accessToken);
    const problemsOf = async (current: string, next: string) =>
      ((await failureOf(accounts.changePassword(id, sessionId, current, next))) as ValidationError).problems;
    expect(await problemsOf('Wrong-Passw0rd', 'Brand-New-Passw0rd')).toEqual([
      { field: 'currentPassword', message: 'is incorrect' },
    ]);
    expect((await problemsOf(PASSWORD, 'weak'))[0]?.field).toBe('newPassword');
    expect(await problemsOf(PASSWORD, PASSWORD)).toEqual([
      { field: 'newPassword', message: 'must differ from the current password' },
    ]);
  });
});

describe('deleteAccount', () => {
  it('deletes the account only with the right password', async () => {
    const input = registration();
    const { user } = await accounts.register(input);
    const id = user._id.toString();
    const refused = await failureOf(accounts.deleteAccount(id, 'Wrong-Passw0rd'));
    expect((refused as ValidationError).problems).toEqual([{ field: 'password', message: 'is incorrect' }]);
    await accounts.deleteAccount(id, PASSWORD);
    expect(await failureOf(accounts.getUserById(id))).toBeInstanceOf(NotFoundError);
    expect(await failureOf(accounts.login({ email: input.email, password: PASSWORD }))).toBeInstanceOf(
      AuthenticationError,
    );
  });
});
