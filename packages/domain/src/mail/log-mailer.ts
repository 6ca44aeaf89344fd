import type { Logger } from '../logging/index.js';
import {
  type Mailer,
  type MailMessage,
  maskedAddress,
  redactedText,
  type SendOptions,
} from './mail-message.js';

/**
 * Without SMTP_URL mail is written to the log instead of sent. Only in
 * development mode does the entry show the recipient and the link token,
 * so a developer can follow the link; everywhere else both are masked.
 */
export function createLogMailer(logger: Logger, showSecrets: boolean): Mailer {
  return {
    async send(message: MailMessage, options: SendOptions = {}) {
      const mail = {
        to: showSecrets ? message.to : maskedAddress(message.to),
        subject: message.subject,
        text: showSecrets ? message.text : redactedText(message.text, options.secrets),
      };
      logger.info({ mail }, 'mail not sent (no SMTP_URL); written to the log instead');
    },
    close() {},
  };
}
