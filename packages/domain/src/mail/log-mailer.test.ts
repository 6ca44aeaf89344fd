import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/index.js';
import { createLogMailer } from './log-mailer.js';

const MESSAGE = {
  to: 'student@example.com',
  subject: 'Reset your password',
  text: 'Open https://app.example/reset?token=s3cr3t-t0ken-value within 30 minutes.',
};

function loggedMail(showSecrets: boolean) {
  const file = join(mkdtempSync(join(tmpdir(), 'log-mailer-')), 'log.ndjson');
  const logger = createLogger({ name: 'mail-test', level: 'info', destination: file });
  return { file, mailer: createLogMailer(logger, showSecrets) };
}

async function linesOf(file: string): Promise<Record<string, unknown>[]> {
  // pino's file destination writes synchronously, so the line is there once send() resolved.
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the log mailer (no SMTP_URL)', () => {
  it('logs the message at info with the token and the address masked outside development', async () => {
    const { file, mailer } = loggedMail(false);
    await mailer.send(MESSAGE, { secrets: ['s3cr3t-t0ken-value'] });
    const [line] = await linesOf(file);
    expect(line).toMatchObject({ level: 'info', mail: { to: 's***@example.com', subject: MESSAGE.subject } });
    expect(JSON.stringify(line)).not.toContain('s3cr3t-t0ken-value');
    expect(JSON.stringify(line)).toContain('token=[redacted]');
  });

  it('shows the whole message in development mode, so the link can be followed', async () => {
    const { file, mailer } = loggedMail(true);
    await mailer.send(MESSAGE, { secrets: ['s3cr3t-t0ken-value'] });
    const [line] = await linesOf(file);
    expect(line).toMatchObject({ level: 'info', mail: { to: MESSAGE.to, text: MESSAGE.text } });
  });
});
