import type { MailMessage } from '../../mail/index.js';

export interface ResetMessageInput {
  to: string;
  fullName: string;
  link: URL;
  minutes: number;
}

export function resetMessage({ to, fullName, link, minutes }: ResetMessageInput): MailMessage {
  const text = [
    `Hello ${fullName},`,
    '',
    'Someone (hopefully you) asked to reset the password of your Career Navigator account.',
    `Open this link within ${minutes} minutes to choose a new password; it works once:`,
    '',
    link.toString(),
    '',
    'Resetting signs you out on every device. If you did not ask for this, ignore this message:',
    'your password stays as it is.',
  ].join('\n');
  return { to, subject: 'Reset your Career Navigator password', text };
}
