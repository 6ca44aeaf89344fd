import type { AddressInfo } from 'node:net';
import { recordSecret } from '@career-navigator/testkit';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpInbox {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  readonly url: string;
  readonly messages: readonly ReceivedMail[];
  /** The first message to `address` received from now on or already waiting; fails after `timeoutMs`. */
  nextMailTo(address: string, timeoutMs?: number): Promise<ReceivedMail>;
}

/**
 * A real SMTP server on loopback for the calling test file; it accepts every
 * message and keeps it, parsed. Call at the top level, before useTestApi, so
 * its URL is known when the API starts.
 */
export function useSmtpInbox(): SmtpInbox {
  const messages: ReceivedMail[] = [];
  const claimed = new Set<ReceivedMail>();
  let url: string | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          // Reset links carry a token; the log audit looks for it in every log line.
          for (const [, token] of (parsed.text ?? '').matchAll(/[?&]token=([A-Za-z0-9_-]+)/g))
            recordSecret(token);
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  return {
    get url() {
      if (!url) throw new Error('the SMTP inbox is not started yet');
      return url;
    },
    messages,
    async nextMailTo(address, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find((message) => !claimed.has(message) && message.to.includes(address));
        if (found) {
          claimed.add(found);
          return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    },
  };
}
