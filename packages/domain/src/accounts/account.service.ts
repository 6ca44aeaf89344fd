import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock/index.js';
import type { AppConfig } from '../config/index.js';
import { isDuplicateKeyError } from '../database/index.js';
import { AuthenticationError, ConflictError, NotFoundError, ValidationError } from '../errors/index.js';
import type { Logger } from '../logging/index.js';
import type { RequestThrottle } from '../throttling/index.js';
import {
  deleteUser,
  findUserByEmail,
  findUserById,
  findUserWithPasswordHash,
  insertUser,
  replacePasswordHashIf,
  setPasswordHash,
  type User,
} from '../users/index.js';
import { AccessTokens, INVALID_CREDENTIALS_MESSAGE } from './access-token.service.js';
import { AccountSessions, type AuthenticatedAccount, type Principal } from './account-sessions.js';
import { parseNewPassword, parseRegistration, type RegistrationInput } from './account-validation.js';
import { normalizeEmailForLookup } from './email-address.js';
import type { LoginThrottle } from './login-throttle.js';
import {
  hashPassword,
  type PasswordCheck,
  type PasswordHashingOptions,
  verifyPassword,
} from './password-hasher.js';
import { PrincipalCache, type UserVersions } from './principal-cache/index.js';
import { ProfileEditor } from './profile-editor.js';
import type { AccountUser } from './public-user.js';
import type { ClientInfo } from './sessions/index.js';

export const INCORRECT_CREDENTIALS_MESSAGE = 'Incorrect email or password';

export interface AccountServiceOptions {
  config: AppConfig;
  throttle: LoginThrottle;
  /** Counts sign-ups per client IP (a sign-up without one, from inside the system, is not counted). */
  registrationThrottle: RequestThrottle;
  /** Shared by every process serving this database, so each sees the others' writes to a user. */
  userVersions: UserVersions;
  /** Tests lower the bcrypt cost; the pepper always comes from the config. */
  passwordHashing?: Omit<PasswordHashingOptions, 'pepper'>;
  logger?: Logger;
  clock: Clock;
  /** Stores holding data of a user (learning progress, ...), emptied when the account is deleted. */
  userDataStores?: readonly UserDataStore[];
}

export interface UserDataStore {
  deleteAllForUser(userId: string): Promise<void>;
}

export interface LoginInput extends ClientInfo {
  email: string;
  password: string;
}

function withoutPasswordHash({ hashedPassword: _hash, ...user }: User): AccountUser {
  return user;
}

function orNotFound<T>(user: T | null): T {
  if (!user) throw new NotFoundError('User not found');
  return user;
}

export class AccountService {
  private readonly config: AppConfig;
  private readonly throttle: LoginThrottle;
  private readonly registrationThrottle: RequestThrottle;
  private readonly hashing: PasswordHashingOptions;
  private readonly principals: PrincipalCache<AccountUser>;
  private readonly userDataStores: readonly UserDataStore[];
  readonly sessions: AccountSessions;
  readonly profiles: ProfileEditor;
  private readonly tokens: AccessTokens;
  private dummyHash: Promise<string> | undefined;

  constructor(options: AccountServiceOptions) {
    this.config = options.config;
    this.tokens = new AccessTokens(options.config);
    this.throttle = options.throttle;
    this.registrationThrottle = options.registrationThrottle;
    this.hashing = { ...options.passwordHashing, pepper: options.config.passwordPepper };
    const { logger } = options;
    this.principals = new PrincipalCache({
      versions: options.userVersions,
      load: (userId) => findUserById(userId),
      onRedisError: (error) =>
        logger?.warn({ err: error }, 'user versions unavailable in Redis; reading users from the database'),
    });
    this.userDataStores = options.userDataStores ?? [];
    this.profiles = new ProfileEditor({
      readUser: (userId) => this.getUserById(userId),
      principals: this.principals,
    });
    this.sessions = new AccountSessions({
      config: options.config,
      tokens: this.tokens,
      clock: options.clock,
      findUser: (userId) => findUserById(userId),
      onAccessRevoked: (userId) => this.principals.invalidate(userId),
      logger,
    });
  }

  /** The unique email index, not a lookup beforehand, decides which of racing sign-ups wins. */
  async register(input: RegistrationInput, client: ClientInfo = {}): Promise<AuthenticatedAccount> {
    // Counted before the password is hashed, so a burst of sign-ups costs no CPU.
    if (client.ip) await this.registrationThrottle.consume(`ip:${client.ip}`);
    const { password, ...profile } = parseRegistration(input);
    const hashedPassword = await hashPassword(password, this.hashing);
    let user: AccountUser;
    try {
      user = withoutPasswordHash(await insertUser({ ...profile, hashedPassword }));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw ValidationError.forField('email', 'is already registered');
      throw error;
    }
    return this.sessions.start(user, client);
  }

  /** Unknown address and wrong password fail alike, in wording and in time taken. */
  async login({ email, password, ...client }: LoginInput): Promise<AuthenticatedAccount> {
    const { ip } = client;
    const normalizedEmail = normalizeEmailForLookup(email);
    await this.throttle.reserveAttempt({ email: normalizedEmail, ip });
    const stored = await findUserByEmail(normalizedEmail);
    const check = await this.checkPassword(password, stored?.hashedPassword);
    if (!stored || !check.valid) throw new AuthenticationError(INCORRECT_CREDENTIALS_MESSAGE);
    await this.throttle.recordSuccess({ email: normalizedEmail, ip });
    if (check.needsRehash) await this.upgradePasswordHash(stored, password);
    return this.sessions.start(withoutPasswordHash(stored), client);
  }

  /**
   * Who a bearer token stands for, through the principal cache: no database
   * read while the user is unchanged. A token of a deleted account, or one
   * issued before the user's token version moved on, is as invalid as a forged one.
   */
  async principalForAccessToken(token: string): Promise<Principal> {
    const verified = this.tokens.verify(token);
    const user = await this.principals.get(verified.userId);
    if (!user) throw new AuthenticationError(INVALID_CREDENTIALS_MESSAGE);
    return this.sessions.principalOf(verified, user);
  }

  /**
   * Whether this principal object stands for one state of its user until the user changes
   * (see PrincipalCache.isVersioned): answers may be kept per principal object only then.
   */
  isVersionedPrincipal(user: AccountUser): boolean {
    return this.principals.isVersioned(user);
  }

  async getUserById(userId: string): Promise<AccountUser> {
    return orNotFound(await findUserById(userId));
  }

  /** Keeps the calling session (`keepSessionId`) and ends the others; every earlier access token stops working. */
  async changePassword(
    userId: string,
    keepSessionId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    parseNewPassword(newPassword, 'newPassword');
    const stored = await this.getUserWithPasswordHash(userId);
    await this.confirmPassword(stored, currentPassword, 'currentPassword');
    if (newPassword === currentPassword) {
      throw ValidationError.forField('newPassword', 'must differ from the current password');
    }
    const replaced = await replacePasswordHashIf(stored, await hashPassword(newPassword, this.hashing));
    if (!replaced) throw new ConflictError('The password was changed by another request');
    await this.sessions.endAll(userId, 'password-changed', keepSessionId);
  }

  /** The account of an address, for a password reset; null when there is none. */
  async findUserByEmail(email: string): Promise<AccountUser | null> {
    const stored = await findUserByEmail(normalizeEmailForLookup(email));
    return stored && withoutPasswordHash(stored);
  }

  /**
   * Sets the password after a reset proved control of the address (the caller
   * ends the sessions). Failed sign-ins recorded against the address are
   * forgiven, so the owner can sign in with the new password at once.
   */
  async setPasswordAfterReset(userId: string, newPassword: string): Promise<AccountUser> {
    parseNewPassword(newPassword, 'newPassword');
    const user = await this.getUserById(userId);
    await setPasswordHash(user._id, await hashPassword(newPassword, this.hashing));
    await this.throttle.forgiveAddress(user.email);
    await this.principals.invalidate(userId);
    return user;
  }

  /** The user's data in other stores goes first: a failure then leaves an account that can retry, never orphans. */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const stored = await this.getUserWithPasswordHash(userId);
    await this.confirmPassword(stored, password, 'password');
    for (const store of this.userDataStores) await store.deleteAllForUser(stored._id.toString());
    await this.sessions.forget(stored._id);
    await deleteUser(stored);
    await this.principals.invalidate(userId);
  }

  private async getUserWithPasswordHash(userId: string): Promise<User> {
    return orNotFound(await findUserWithPasswordHash(userId));
  }

  /**
   * Re-checks the password before a sensitive change; the sign-in throttle
   * applies, so a stolen token cannot be used to guess the password.
   */
  private async confirmPassword(stored: User, password: string, field: string): Promise<void> {
    await this.throttle.reserveAttempt({ email: stored.email });
    const { valid } = await verifyPassword(password, stored.hashedPassword, this.hashing);
    if (!valid) throw ValidationError.forField(field, 'is incorrect');
    await this.throttle.recordSuccess({ email: stored.email });
  }

  /** Without an account a throwaway hash is checked anyway, so timing doesn't reveal registered addresses. */
  private async checkPassword(plain: string, storedHash: string | undefined): Promise<PasswordCheck> {
    if (storedHash !== undefined) return verifyPassword(plain, storedHash, this.hashing);
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.hashing);
    await verifyPassword(plain, await this.dummyHash, this.hashing);
    return { valid: false, needsRehash: false };
  }

  /**
   * Replaces a legacy or weaker hash after a successful sign-in. It only
   * lands if the hash is still the one verified, so a concurrent password
   * change wins; the profile version is untouched because the profile is.
   */
  private async upgradePasswordHash(stored: User, password: string): Promise<void> {
    await replacePasswordHashIf(stored, await hashPassword(password, this.hashing), { touch: false });
  }
}
