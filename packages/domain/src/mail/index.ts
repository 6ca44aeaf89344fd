export type { Mailer, MailMessage, SendOptions } from './mail-message.js';
export { createMailer } from './mailer.js';
