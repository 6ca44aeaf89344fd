export type { Mailer, MailMessage } from './mail-message.js';
export { createMailer } from './mailer.js';
