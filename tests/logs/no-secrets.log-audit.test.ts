import { readCapturedLogLines, readRecordedSecrets } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';

/**
 * Runs after every other test file (its own vitest project, a later group):
 * every log line the suite produced, and every GraphQL error a test client
 * received, is searched for the secrets the tests sent or were given.
 */

/** Shorter values ('weak', 'short') are test inputs too common as words to search for. */
const MIN_SECRET_LENGTH = 8;

/** Shapes of credentials this system issues or stores, whoever's they are. */
const SECRET_SHAPES: Record<string, RegExp> = {
  'access token (JWT)': /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/,
  'refresh token': /\b[0-9a-f]{24}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
  'password hash': /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{20}|\$pbkdf2-sha256\$\d+\$/,
};

const lines = readCapturedLogLines();
const secrets = readRecordedSecrets().filter((secret) => secret.length >= MIN_SECRET_LENGTH);

describe('the logs and errors of the whole test suite', () => {
  it('were captured', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(secrets.length).toBeGreaterThan(0);
  });

  it('contain none of the passwords, tokens or keys the tests used', () => {
    const leaks = lines.flatMap(({ file, line }) =>
      secrets
        .filter((secret) => line.includes(secret))
        .map((secret) => ({ file, secret: `${secret.slice(0, 6)}…`, line })),
    );
    expect(leaks).toEqual([]);
  });

  it('contain nothing shaped like an access token, a refresh token or a password hash', () => {
    const leaks = lines.flatMap(({ file, line }) =>
      Object.entries(SECRET_SHAPES)
        .filter(([, shape]) => shape.test(line))
        .map(([kind]) => ({ file, kind, line })),
    );
    expect(leaks).toEqual([]);
  });
});
