import { z } from 'zod';
import { DEVELOPMENT_PASSWORD_PEPPER, type Environment, environmentSchema } from './config.schema.js';

export interface AppConfig {
  nodeEnv: Environment['NODE_ENV'];
  isProduction: boolean;
  debug: boolean;
  app: { name: string; version: string; port: number; allowedOrigins: readonly string[] };
  mongodbUri: string;
  redisUrl: string;
  logLevel: Environment['LOG_LEVEL'];
  jwt: {
    secret: string;
    algorithm: Environment['JWT_ALGORITHM'];
    expiresInMinutes: number;
    issuer: string;
    audience: string;
    refreshTokenExpiresInDays: number;
  };
  /** HMAC key mixed into every new password hash; kept outside the database. */
  passwordPepper: string;
  mail: {
    /** Absent: reset mails are written to the log (development) instead of sent. */
    smtpUrl: string | undefined;
    from: string;
    /** The frontend page a reset link opens; the token is appended as `?token=`. */
    passwordResetUrl: string;
  };
  /** The API's per-client-IP budget of estimated operation cost; its built-in default when undefined. */
  operationCostPerIpPerMinute: number | undefined;
  adminEmails: readonly string[];
  graphqlIntrospection: boolean;
  metrics: {
    /** Bearer token scrapers must present; without it /metrics is public outside production and off in it. */
    token: string | undefined;
    /** The worker's /metrics port; off when undefined (0 picks a free port). */
    workerPort: number | undefined;
  };
  /** bull-board at /admin/queues for admins: on by default outside production. */
  queueDashboard: boolean;
  theirStack: {
    /** Absent means the embedded demo source is used instead of the real API. */
    apiKey: string | undefined;
    baseUrl: string;
    timeoutSeconds: number;
    maxRetries: number;
    requestsPerMinute: number;
    dailyCreditBudget: number;
  };
  collection: {
    schedule: string;
    defaultLocations: readonly string[] | undefined;
    maxJobsPerSearch: number;
    retentionDays: number;
  };
  catalogs: { learningResourcesFile: string | undefined; projectIdeasFile: string | undefined };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Treats empty variables as unset, as a blank line in a .env file means "use the default". */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || 'environment';
  return `${name}: ${issue.message}`;
}

/** Validates the environment once; every problem is reported with its variable name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(withoutBlanks(env));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(describeIssue));
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const debug = e.DEBUG ?? !isProduction;
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    isProduction,
    debug,
    app: { name: e.APP_NAME, version: e.APP_VERSION, port: e.PORT, allowedOrigins: e.ALLOWED_ORIGINS },
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    jwt: {
      secret: e.JWT_SECRET_KEY,
      algorithm: e.JWT_ALGORITHM,
      expiresInMinutes: e.JWT_ACCESS_TOKEN_EXPIRE_MINUTES,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      refreshTokenExpiresInDays: e.JWT_REFRESH_TOKEN_EXPIRE_DAYS,
    },
    passwordPepper: e.PASSWORD_PEPPER ?? DEVELOPMENT_PASSWORD_PEPPER,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, passwordResetUrl: e.PASSWORD_RESET_URL },
    operationCostPerIpPerMinute: e.OPERATION_COST_PER_IP_PER_MINUTE,
    adminEmails: e.ADMIN_EMAILS.map((email) => email.toLowerCase()),
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    metrics: { token: e.METRICS_TOKEN, workerPort: e.WORKER_METRICS_PORT },
    queueDashboard: e.QUEUE_DASHBOARD ?? !isProduction,
    theirStack: {
      apiKey: e.THEIR_STACK_API_KEY || undefined,
      baseUrl: e.THEIR_STACK_BASE_URL.replace(/\/+$/, ''),
      timeoutSeconds: e.THEIR_STACK_TIMEOUT,
      maxRetries: e.THEIR_STACK_MAX_RETRIES,
      requestsPerMinute: e.THEIR_STACK_RATE_LIMIT,
      dailyCreditBudget: e.THEIR_STACK_DAILY_CREDIT_BUDGET,
    },
    collection: {
      schedule: e.JOB_COLLECTION_SCHEDULE,
      defaultLocations: e.JOB_COLLECTION_LOCATIONS,
      maxJobsPerSearch: e.MAX_JOBS_PER_SEARCH,
      retentionDays: e.JOB_DATA_RETENTION_DAYS,
    },
    catalogs: { learningResourcesFile: e.LEARNING_RESOURCES_FILE, projectIdeasFile: e.PROJECT_IDEAS_FILE },
  });
}

/** Entry points call this: a bad variable stops the process with its name. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function isAdminEmail(config: AppConfig, email: string): boolean {
  return config.adminEmails.includes(email.toLowerCase());
}
