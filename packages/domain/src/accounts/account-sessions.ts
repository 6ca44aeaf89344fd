import { Types } from 'mongoose';
import type { Clock } from '../clock/index.js';
import type { AppConfig } from '../config/index.js';
import { AuthenticationError } from '../errors/index.js';
import type { Logger } from '../logging/index.js';
import { bumpTokenVersion } from '../users/index.js';
import {
  type AccessToken,
  type AccessTokens,
  assertTokenCurrent,
  INVALID_CREDENTIALS_MESSAGE,
  type VerifiedAccessToken,
} from './access-token.service.js';
import type { AccountUser } from './public-user.js';
import {
  type ClientInfo,
  deleteUserSessions,
  type RefreshGrant,
  type RevocationReason,
  SessionService,
  type SessionView,
} from './sessions/index.js';

/** An access token plus the refresh token of the session it belongs to. */
export type SignInTokens = AccessToken & Omit<RefreshGrant, 'sessionId'>;

export interface AuthenticatedAccount {
  user: AccountUser;
  token: SignInTokens;
}

/** The signed-in caller: who, and through which session. */
export interface Principal {
  user: AccountUser;
  sessionId: string;
}

export interface AccountSessionsOptions {
  config: AppConfig;
  /** The account service's, so both use one signing key. */
  tokens: AccessTokens;
  clock: Clock;
  /** Reads a user for a refresh; null when the account is gone. */
  findUser: (userId: string) => Promise<AccountUser | null>;
  logger?: Logger | undefined;
  /** Told after the token version moved on (the principal cache drops the user everywhere). */
  onAccessRevoked: (userId: string) => Promise<void>;
}

/**
 * Sign-ins as sessions: each one gets an access token (carrying the session
 * id and the user's token version) and a rotating refresh token. Ending
 * sessions and revoking access tokens for the account service and the API.
 */
export class AccountSessions {
  private readonly sessions: SessionService;

  constructor(private readonly options: AccountSessionsOptions) {
    this.sessions = new SessionService({
      clock: options.clock,
      refreshTokenLifetimeDays: options.config.jwt.refreshTokenExpiresInDays,
      onTokenTheft: async (userId) => {
        options.logger?.warn(
          { userId: userId.toString() },
          'a used refresh token came back; its session was ended',
        );
        await this.revokeAccessTokens(userId.toString());
      },
    });
  }

  async start(user: AccountUser, client: ClientInfo): Promise<AuthenticatedAccount> {
    const grant = await this.sessions.start(user._id, client);
    this.options.logger?.info({ userId: user._id.toString(), sessionId: grant.sessionId }, 'session started');
    return { user, token: this.tokensFor(user, grant) };
  }

  /** Swaps a refresh token for a new one and a fresh access token (the old refresh token stops working). */
  async refresh(refreshToken: string, client: ClientInfo = {}): Promise<AuthenticatedAccount> {
    const grant = await this.sessions.rotate(refreshToken, client);
    this.options.logger?.debug(
      { userId: grant.userId.toString(), sessionId: grant.sessionId },
      'session refreshed',
    );
    const user = await this.options.findUser(grant.userId.toString());
    if (!user) throw new AuthenticationError(INVALID_CREDENTIALS_MESSAGE);
    return { user, token: this.tokensFor(user, grant) };
  }

  /** Ends the session of this refresh token (and its access token); false when it was no live token. */
  async logout(refreshToken: string): Promise<boolean> {
    const userId = await this.sessions.endByToken(refreshToken);
    if (!userId) return false;
    await this.revokeAccessTokens(userId.toString());
    return true;
  }

  /**
   * Ends every session of the user but `keepSessionId`; all their access
   * tokens stop working at once (the kept session refreshes for a new one).
   */
  async endAll(userId: string, reason: RevocationReason, keepSessionId?: string): Promise<void> {
    await this.sessions.endAll(new Types.ObjectId(userId), reason, keepSessionId);
    await this.revokeAccessTokens(userId);
  }

  list(userId: string): Promise<SessionView[]> {
    return this.sessions.list(new Types.ObjectId(userId));
  }

  /**
   * Ends one of the user's sessions. Access tokens are revoked per user, so
   * every other session's client refreshes once (its refresh token still works).
   */
  async revoke(userId: string, sessionId: string): Promise<void> {
    await this.sessions.end(new Types.ObjectId(userId), sessionId, 'revoked');
    await this.revokeAccessTokens(userId);
  }

  /** For a deleted account: nothing of its sessions is kept. */
  async forget(userId: Types.ObjectId): Promise<void> {
    await deleteUserSessions(userId);
  }

  /** Checks a verified token against the user it names (as loaded by the caller, perhaps from a cache). */
  principalOf(verified: VerifiedAccessToken, user: AccountUser): Principal {
    assertTokenCurrent(verified, user);
    return { user, sessionId: verified.sessionId };
  }

  private tokensFor(user: AccountUser, { sessionId, ...refresh }: RefreshGrant): SignInTokens {
    const access = this.options.tokens.issue({
      userId: user._id.toString(),
      sessionId,
      tokenVersion: user.tokenVersion ?? 0,
    });
    return { ...access, ...refresh };
  }

  /**
   * The one revocation step for access tokens: every token issued before it
   * names an older token version and is refused on its next request.
   */
  private async revokeAccessTokens(userId: string): Promise<void> {
    await bumpTokenVersion(userId);
    this.options.logger?.info({ userId }, 'access tokens revoked');
    await this.options.onAccessRevoked(userId);
  }
}
