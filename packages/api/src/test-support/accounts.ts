import * as operations from '@career-navigator/client';
import { createDomain, loadLearningResourceCatalog, systemClock } from '@career-navigator/domain';
import { createTestLogger } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { createThrottles } from '../http/index.js';
import { STRONG_PASSWORD, type TestApi } from './test-api.js';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}

/** Registers an account through the API and returns its token. */
export async function registerUser(
  api: TestApi,
  email: string,
  extra: { targetRoles?: string[]; skills?: string[] } = {},
): Promise<SignedInUser> {
  const { register } = await api.client().request(operations.RegisterDocument, {
    input: { email, password: STRONG_PASSWORD, fullName: 'Test User', ...extra },
  });
  return {
    id: register.user.id,
    email: register.user.email,
    token: register.accessToken,
    refreshToken: register.refreshToken,
  };
}

/**
 * Creates an account through the domain, not the API: for tests whose API
 * cannot sign anyone up (its Redis is down, so the sign-up throttle refuses).
 * A sign-up without a client IP is not throttled, so the unused Redis is never asked.
 */
export async function createAccountDirectly(api: TestApi, email: string): Promise<SignedInUser> {
  const unusedRedis = new Redis({ lazyConnect: true });
  const throttles = createThrottles(unusedRedis);
  const { accounts } = createDomain({
    config: api.config,
    clock: systemClock,
    logger: createTestLogger('accounts-direct'),
    redis: unusedRedis,
    accounts: {
      throttle: throttles.login,
      registrationThrottle: throttles.registrations,
      passwordResetThrottle: throttles.passwordReset,
      passwordResetLimitPerIp: throttles.passwordResetLimitPerIp,
      learningResources: loadLearningResourceCatalog(),
      passwordHashing: { bcryptCost: 4 },
    },
  });
  const { user, token } = await accounts.register({
    email,
    password: STRONG_PASSWORD,
    fullName: 'Test User',
  });
  unusedRedis.disconnect();
  return {
    id: user._id.toString(),
    email: user.email,
    token: token.accessToken,
    refreshToken: token.refreshToken,
  };
}
