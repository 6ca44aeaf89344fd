import type { AppConfig } from '../config/index.js';
import type { Logger } from '../logging/index.js';
import { createLogMailer } from './log-mailer.js';
import type { Mailer } from './mail-message.js';
import { createSmtpMailer } from './smtp-mailer.js';

/** SMTP when SMTP_URL is set, else the log (tokens visible only in development mode). */
export function createMailer(config: AppConfig, logger: Logger): Mailer {
  if (config.mail.smtpUrl) return createSmtpMailer(config.mail.smtpUrl, config.mail.from);
  return createLogMailer(logger, config.nodeEnv === 'development');
}
