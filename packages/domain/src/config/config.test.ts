import { describe, expect, it } from 'vitest';
import { INSECURE_DEFAULT_JWT_SECRET } from './config.schema.js';
import { ConfigError, isAdminEmail, loadConfig } from './index.js';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('applies the original system defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.mongodbUri).toBe('mongodb://localhost:27017/career_navigator');
    expect(config.jwt).toMatchObject({ algorithm: 'HS256', expiresInMinutes: 30 });
    expect(config.app).toMatchObject({ name: 'Career Navigator API', version: '1.0.0', port: 8000 });
    expect(config.app.allowedOrigins).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://localhost:5173',
      'http://127.0.0.1:5173',
    ]);
    expect(config.theirStack).toMatchObject({
      apiKey: undefined,
      baseUrl: 'https://api.theirstack.com',
      timeoutSeconds: 30,
      maxRetries: 3,
      requestsPerMinute: 300,
    });
    expect(config.collection).toMatchObject({
      schedule: '0 2 * * *',
      maxJobsPerSearch: 100,
      retentionDays: 90,
    });
    expect(config.debug).toBe(true);
  });

  it('rejects a bad MONGODB_URI naming the variable', () => {
    const problems = problemsOf({ MONGODB_URI: 'postgres://localhost/db' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^MONGODB_URI: .*mongodb:\/\//);
  });

  it('refuses the default and short JWT secrets in production, naming JWT_SECRET_KEY', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(/^JWT_SECRET_KEY: must be set/);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET_KEY: INSECURE_DEFAULT_JWT_SECRET })[0]).toMatch(
      /^JWT_SECRET_KEY:/,
    );
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET_KEY: 'too-short-secret' })[0]).toMatch(
      /^JWT_SECRET_KEY: must be at least 32 bytes/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET_KEY: 'x'.repeat(32),
      PASSWORD_PEPPER: 'p'.repeat(32),
    });
    expect(config.isProduction).toBe(true);
    expect(config.debug).toBe(false);
    expect(config.graphqlIntrospection).toBe(false);
  });

  it('requires a long PASSWORD_PEPPER in production only', () => {
    const secret = { NODE_ENV: 'production', JWT_SECRET_KEY: 'x'.repeat(32) };
    expect(problemsOf(secret)).toEqual([
      expect.stringMatching(/^PASSWORD_PEPPER: must be set in production/),
    ]);
    expect(problemsOf({ ...secret, PASSWORD_PEPPER: 'short' })).toEqual([
      expect.stringMatching(/^PASSWORD_PEPPER: must be at least 32 bytes/),
    ]);
    expect(loadConfig({}).passwordPepper.length).toBeGreaterThan(0);
    expect(loadConfig({ PASSWORD_PEPPER: 'mine' }).passwordPepper).toBe('mine');
  });

  it('reads the session and mail settings with their defaults', () => {
    const defaults = loadConfig({});
    expect(defaults.jwt.refreshTokenExpiresInDays).toBe(30);
    expect(defaults.mail).toEqual({
      smtpUrl: undefined,
      from: 'Career Navigator <no-reply@localhost>',
      passwordResetUrl: 'http://localhost:5173/reset-password',
    });
    const set = loadConfig({
      JWT_REFRESH_TOKEN_EXPIRE_DAYS: '7',
      SMTP_URL: 'smtp://mail.example:2525',
      PASSWORD_RESET_URL: 'https://app.example/reset',
    });
    expect(set.jwt.refreshTokenExpiresInDays).toBe(7);
    expect(set.mail).toMatchObject({
      smtpUrl: 'smtp://mail.example:2525',
      passwordResetUrl: 'https://app.example/reset',
    });
    const problems = problemsOf({
      JWT_REFRESH_TOKEN_EXPIRE_DAYS: '0',
      SMTP_URL: 'http://x',
      PASSWORD_RESET_URL: 'nope',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'JWT_REFRESH_TOKEN_EXPIRE_DAYS',
      'PASSWORD_RESET_URL',
      'SMTP_URL',
    ]);
  });

  it('reports every invalid variable at once', () => {
    const problems = problemsOf({ MAX_JOBS_PER_SEARCH: '0', THEIR_STACK_TIMEOUT: 'soon', LOG_LEVEL: 'loud' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'MAX_JOBS_PER_SEARCH',
      'THEIR_STACK_TIMEOUT',
    ]);
  });

  it('reads lists both comma-separated and as JSON arrays', () => {
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://a.example, https://b.example' }).app.allowedOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(
      loadConfig({ JOB_COLLECTION_LOCATIONS: '["Germany","Remote"]' }).collection.defaultLocations,
    ).toEqual(['Germany', 'Remote']);
    expect(problemsOf({ ALLOWED_ORIGINS: '[1,2' })[0]).toMatch(/^ALLOWED_ORIGINS:/);
  });

  it('treats blank variables as unset and matches admin emails case-insensitively', () => {
    const config = loadConfig({ THEIR_STACK_API_KEY: '', ADMIN_EMAILS: 'Admin@Example.com' });
    expect(config.theirStack.apiKey).toBeUndefined();
    expect(isAdminEmail(config, 'admin@example.COM')).toBe(true);
    expect(isAdminEmail(config, 'someone@example.com')).toBe(false);
  });
});
