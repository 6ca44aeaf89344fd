export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface SendOptions {
  /** Values in the message that must never reach a log (link tokens). */
  secrets?: readonly string[];
}

export interface Mailer {
  send(message: MailMessage, options?: SendOptions): Promise<void>;
  close(): void;
}

/** The message with every secret replaced, for anywhere but the recipient's inbox. */
export function redactedText(text: string, secrets: readonly string[] = []): string {
  return secrets.reduce((redacted, secret) => redacted.replaceAll(secret, '[redacted]'), text);
}

/** `s***@example.com`: enough to tell messages apart in a log, not to harvest addresses. */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
