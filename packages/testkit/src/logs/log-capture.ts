import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type Logger } from '@career-navigator/domain';

/**
 * The whole test run's logs go to one directory, named by this variable (set
 * by vitest.config.ts before any worker starts, inherited by every test
 * process and every process a test spawns). The log audit runs last and
 * greps it for secrets the tests used.
 */
export const TEST_LOG_DIR_VARIABLE = 'CAREER_NAVIGATOR_TEST_LOG_DIR';

const LOG_FILE_SUFFIX = '.log.ndjson';
const SECRETS_FILE_SUFFIX = '.secrets.ndjson';

function captureDirectory(): string | undefined {
  return process.env[TEST_LOG_DIR_VARIABLE] || undefined;
}

/** One file per process, so parallel writers never interleave partial lines. */
const processTag = `${process.pid}-${randomBytes(4).toString('hex')}`;

/**
 * A logger for code under test: everything down to debug, written to the
 * run's capture directory (silent when there is none, e.g. a single file run
 * by another runner).
 */
export function createTestLogger(name: string): Logger {
  const directory = captureDirectory();
  if (!directory) return createLogger({ name, level: 'silent' });
  return createLogger({
    name,
    level: 'debug',
    destination: join(directory, `${processTag}${LOG_FILE_SUFFIX}`),
  });
}

/** Remembers a password, token or key a test sent or received, for the audit to look for. */
export function recordSecret(value: string | null | undefined): void {
  const directory = captureDirectory();
  if (!directory || !value) return;
  appendFileSync(join(directory, `${processTag}${SECRETS_FILE_SUFFIX}`), `${JSON.stringify(value)}\n`);
}

/** Writes the errors a test client received into the capture, so the audit reads them like log lines. */
export function captureReceivedErrors(errors: unknown): void {
  const directory = captureDirectory();
  if (!directory || !errors) return;
  appendFileSync(
    join(directory, `${processTag}.received-errors${LOG_FILE_SUFFIX}`),
    `${JSON.stringify({ receivedErrors: errors })}\n`,
  );
}

function filesEndingWith(suffix: string): string[] {
  const directory = captureDirectory();
  if (!directory || !existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(directory, file));
}

export interface CapturedLogLine {
  file: string;
  line: string;
}

export function readCapturedLogLines(): CapturedLogLine[] {
  return filesEndingWith(LOG_FILE_SUFFIX).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ file, line })),
  );
}

export function readRecordedSecrets(): string[] {
  const secrets = filesEndingWith(SECRETS_FILE_SUFFIX).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as string),
  );
  return [...new Set(secrets)];
}
