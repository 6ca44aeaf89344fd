import { z } from 'zod';

/** The original system's JWT default; refused in production. */
export const INSECURE_DEFAULT_JWT_SECRET = 'your-super-secret-jwt-key-here-change-in-production';
/** Development and test only: lets password hashes be made without configuring a pepper. */
export const DEVELOPMENT_PASSWORD_PEPPER = 'career-navigator-development-pepper-not-for-production';
const MIN_PRODUCTION_SECRET_BYTES = 32;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', 'TRUE', 'FALSE', 'True', 'False'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value.toLowerCase()));

/**
 * Accepts the documented comma-separated form and the JSON-array form the
 * original actually required, so both old and new deployments parse.
 */
const stringList = z.string().transform((value, context) => {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
        return parsed.map((item) => item.trim()).filter(Boolean);
      }
    } catch {
      // fall through to the issue below
    }
    context.addIssue({
      code: 'custom',
      message: 'must be a JSON array of strings or a comma-separated list',
    });
    return z.NEVER;
  }
  return trimmed
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
});

/** Local frontends: a Create React App / Next.js dev server on :3000 and Vite's on :5173. */
export const DEFAULT_ALLOWED_ORIGINS = [
  'http://localhost:3000',
  'http://127.0.0.1:3000',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
];

const mongoUri = z
  .string()
  .trim()
  .refine((value) => /^mongodb(\+srv)?:\/\/[^/\s]+/.test(value), {
    message: 'must be a mongodb:// or mongodb+srv:// connection string',
  });

const redisUrl = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value), { message: 'must be a redis:// or rediss:// URL' });

export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    MONGODB_URI: mongoUri.default('mongodb://localhost:27017/career_navigator'),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    JWT_SECRET_KEY: z.string().default(INSECURE_DEFAULT_JWT_SECRET),
    JWT_ALGORITHM: z.enum(['HS256', 'HS384', 'HS512']).default('HS256'),
    JWT_ACCESS_TOKEN_EXPIRE_MINUTES: positiveInt(30),
    JWT_ISSUER: z.string().min(1).default('career-navigator'),
    JWT_AUDIENCE: z.string().min(1).default('career-navigator-clients'),
    JWT_REFRESH_TOKEN_EXPIRE_DAYS: positiveInt(30),
    PASSWORD_PEPPER: z.string().optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().trim().min(3).default('Career Navigator <no-reply@localhost>'),
    PASSWORD_RESET_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .default('http://localhost:5173/reset-password'),
    // Estimated operation cost one client IP may spend per minute; the API's default when unset.
    OPERATION_COST_PER_IP_PER_MINUTE: z.coerce.number().int().positive().optional(),
    APP_NAME: z.string().min(1).default('Career Navigator API'),
    APP_VERSION: z.string().min(1).default('1.0.0'),
    DEBUG: booleanFlag.optional(),
    ALLOWED_ORIGINS: stringList.default(DEFAULT_ALLOWED_ORIGINS),
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ADMIN_EMAILS: stringList.default([]),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
    // Scrapers send it as a bearer token; without it /metrics is off in production.
    METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    QUEUE_DASHBOARD: booleanFlag.optional(),
    THEIR_STACK_API_KEY: z.string().trim().optional(),
    THEIR_STACK_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.theirstack.com'),
    THEIR_STACK_TIMEOUT: positiveInt(30),
    THEIR_STACK_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
    THEIR_STACK_RATE_LIMIT: positiveInt(300),
    THEIR_STACK_DAILY_CREDIT_BUDGET: positiveInt(2000),
    // Checked by the worker, which falls back to 02:00 daily (as the original did) instead of refusing to start.
    JOB_COLLECTION_SCHEDULE: z.string().trim().min(1).default('0 2 * * *'),
    JOB_COLLECTION_LOCATIONS: stringList.optional(),
    MAX_JOBS_PER_SEARCH: positiveInt(100),
    JOB_DATA_RETENTION_DAYS: positiveInt(90),
    LEARNING_RESOURCES_FILE: z.string().trim().min(1).optional(),
    PROJECT_IDEAS_FILE: z.string().trim().min(1).optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== 'production') return;
    const problems = {
      JWT_SECRET_KEY: productionSecretProblem(
        env.JWT_SECRET_KEY === INSECURE_DEFAULT_JWT_SECRET ? undefined : env.JWT_SECRET_KEY,
        'must be set to a private value in production (the default secret lets anyone forge tokens)',
      ),
      PASSWORD_PEPPER: productionSecretProblem(
        env.PASSWORD_PEPPER,
        'must be set in production (a private value of at least 32 bytes, never changed once set)',
      ),
    };
    for (const [name, message] of Object.entries(problems)) {
      if (message) context.addIssue({ code: 'custom', path: [name], message });
    }
  });

/** Why a secret cannot serve in production (`unset` when it is missing or public), or undefined. */
function productionSecretProblem(secret: string | undefined, unset: string): string | undefined {
  if (secret === undefined) return unset;
  return Buffer.byteLength(secret, 'utf8') < MIN_PRODUCTION_SECRET_BYTES
    ? `must be at least ${MIN_PRODUCTION_SECRET_BYTES} bytes long in production`
    : undefined;
}

export type Environment = z.infer<typeof environmentSchema>;
