import { type DestinationStream, type Logger, pino } from 'pino';

export type { DestinationStream, Logger };

/** Paths that may carry credentials; pino replaces their values before writing. */
const REDACTED_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'hashedPassword',
  '*.hashedPassword',
  'token',
  '*.token',
  'refreshToken',
  '*.refreshToken',
  'currentPassword',
  '*.currentPassword',
  'passwordPepper',
  '*.passwordPepper',
  'accessToken',
  '*.accessToken',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'config.jwt.secret',
  'config.theirStack.apiKey',
];

export interface LoggerOptions {
  level: string;
  name: string;
  /** A file to append to instead of stdout (the test suite collects its logs this way). */
  destination?: string;
}

/**
 * Writes JSON lines to stdout, to the file `options.destination` (the test
 * suite's capture), or to `destination` (tests read what was logged).
 */
export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
  const settings = {
    name: options.name,
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: options.name },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (destination) return pino(settings, destination);
  if (!options.destination) return pino(settings);
  return pino(
    settings,
    pino.destination({ dest: options.destination, sync: true, append: true, mkdir: true }),
  );
}
