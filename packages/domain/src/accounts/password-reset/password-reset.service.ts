import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../clock/index.js';
import type { AppConfig } from '../../config/index.js';
import { ValidationError } from '../../errors/index.js';
import type { Logger } from '../../logging/index.js';
import type { Mailer } from '../../mail/index.js';
import type { RequestThrottle, ThrottleCounter } from '../../throttling/index.js';
import type { AccountService } from '../account.service.js';
import type { AuthenticatedAccount } from '../account-sessions.js';
import { parseNewPassword } from '../account-validation.js';
import { normalizeEmailForLookup } from '../email-address.js';
import type { ClientInfo } from '../sessions/index.js';
import { resetMessage } from './reset-message.js';
import {
  consumeResetToken,
  deleteUserResetTokens,
  findResetToken,
  insertResetToken,
} from './reset-token.repository.js';

export const RESET_TOKEN_LIFETIME_MINUTES = 30;
const TOKEN_BYTES = 32;
const INVALID_RESET_TOKEN = 'is invalid, used or expired; ask for a new reset link';

export interface PasswordResetServiceOptions {
  config: AppConfig;
  accounts: AccountService;
  mailer: Mailer;
  /** Counts requests per address (its limit) and per client IP (`limitPerIp`) in one step. */
  throttle: RequestThrottle;
  limitPerIp: number;
  logger: Logger;
  clock: Clock;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/**
 * Forgotten passwords: a single-use link token by email, valid 30 minutes,
 * stored only as a digest. Asking never reveals whether an account exists.
 */
export class PasswordResetService {
  private readonly deliveries = new Set<Promise<void>>();

  constructor(private readonly options: PasswordResetServiceOptions) {}

  /**
   * Always answers the same way, in the same time: the lookup and the mail
   * happen after the answer, so neither a registered address's database
   * write nor the SMTP round trip shows in the response time.
   */
  async request(email: string, client: ClientInfo): Promise<true> {
    const address = normalizeEmailForLookup(email);
    const counters: ThrottleCounter[] = [{ subject: `email:${address}` }];
    if (client.ip) counters.push({ subject: `ip:${client.ip}`, limit: this.options.limitPerIp });
    await this.options.throttle.consumeAll(counters);
    const delivery = this.deliver(address).catch((error: unknown) => {
      this.options.logger.error({ err: error }, 'password reset mail could not be sent');
    });
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
    return true;
  }

  /** Applies the policy, ends every session, and signs in with a new one. */
  async reset(token: string, newPassword: string, client: ClientInfo): Promise<AuthenticatedAccount> {
    parseNewPassword(newPassword, 'newPassword');
    const tokenHash = hashToken(token);
    const stored = await findResetToken(tokenHash);
    if (!stored || stored.expiresAt <= this.options.clock.now() || !(await consumeResetToken(tokenHash))) {
      throw ValidationError.forField('token', INVALID_RESET_TOKEN);
    }
    const userId = stored.userId.toString();
    const user = await this.options.accounts.setPasswordAfterReset(userId, newPassword);
    await deleteUserResetTokens(stored.userId);
    await this.options.accounts.sessions.endAll(userId, 'password-reset');
    return this.options.accounts.sessions.start(
      await this.options.accounts.getUserById(user._id.toString()),
      client,
    );
  }

  /** Waits for mails still being sent, then closes the mail connection (shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.deliveries]);
    this.options.mailer.close();
  }

  private async deliver(address: string): Promise<void> {
    const user = await this.options.accounts.findUserByEmail(address);
    if (!user) return;
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.options.clock.now();
    await insertResetToken({
      _id: hashToken(token),
      userId: user._id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MINUTES * 60_000),
    });
    const link = new URL(this.options.config.mail.passwordResetUrl);
    link.searchParams.set('token', token);
    await this.options.mailer.send(
      resetMessage({ to: user.email, fullName: user.fullName, link, minutes: RESET_TOKEN_LIFETIME_MINUTES }),
      { secrets: [token] },
    );
    this.options.logger.info({ userId: user._id.toString() }, 'password reset link sent');
  }
}
