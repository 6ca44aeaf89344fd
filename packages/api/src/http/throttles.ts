import {
  DEFAULT_MAX_FAILURES_PER_EMAIL,
  DEFAULT_MAX_FAILURES_PER_IP,
  DEFAULT_THROTTLE_WINDOW_SECONDS,
  LeasedBudget,
  LoginThrottle,
  RequestThrottle,
} from '@career-navigator/domain';
import type { Redis } from 'ioredis';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * Every request throttle of the API, all counted by the one RequestThrottle mechanism in Redis;
 * the operation cost budget, charged on every request, through leases of it (LeasedBudget).
 */
export interface ThrottleSettings {
  /** Sign-in attempts per address and per client IP, counted before the password is checked. */
  login: { maxFailuresPerEmail: number; maxFailuresPerIp: number; windowSeconds: number };
  /** Sign-ups per client IP. */
  registrations: RateLimit;
  /** requestPasswordReset per address and per client IP, counted before anything else. */
  passwordReset: { perEmail: number; perIp: number; windowSeconds: number };
  /** extractSkills and importSkillsFromText requests per client IP. */
  extraction: RateLimit;
  /** Estimated cost (see query-limits.plugin.ts) one client IP may spend over all its operations. */
  operationCost: RateLimit;
}

export const DEFAULT_THROTTLES: ThrottleSettings = {
  login: {
    maxFailuresPerEmail: DEFAULT_MAX_FAILURES_PER_EMAIL,
    maxFailuresPerIp: DEFAULT_MAX_FAILURES_PER_IP,
    windowSeconds: DEFAULT_THROTTLE_WINDOW_SECONDS,
  },
  // A household or a classroom signing up together fits; a script creating accounts does not.
  registrations: { limit: 10, windowSeconds: 60 },
  // Like sign-in: a few mails per address (no mail bombing), more per IP because offices and
  // campuses share one.
  passwordReset: { perEmail: 5, perIp: 20, windowSeconds: 15 * 60 },
  // A person pasting resumes or postings sends a few a minute; a scraper sends many. At about
  // 10 ms per long text, the limit also caps the CPU one client can take.
  extraction: { limit: 30, windowSeconds: 60 },
  // About 300 market reports a minute: far above a person, far below a flood.
  operationCost: { limit: 200_000, windowSeconds: 60 },
};

export interface Throttles {
  login: LoginThrottle;
  registrations: RequestThrottle;
  /** Its limit is per address; the per-IP limit goes with each request's IP counter. */
  passwordReset: RequestThrottle;
  passwordResetLimitPerIp: number;
  extraction: RequestThrottle;
  /** Never admits more than the limit across processes; may refuse up to 1 % of it early per process. */
  operationCost: LeasedBudget;
}

/** `keyPrefix` namespaces the counters (tests pass one of their own). */
export function createThrottles(
  redis: Redis,
  settings: Partial<ThrottleSettings> = {},
  keyPrefix?: string,
): Throttles {
  const { login, registrations, passwordReset, extraction, operationCost } = {
    ...DEFAULT_THROTTLES,
    ...settings,
  };
  const shared = { redis, ...(keyPrefix ? { keyPrefix } : {}) };
  return {
    login: new LoginThrottle({ ...shared, ...login }),
    registrations: new RequestThrottle({
      ...shared,
      ...registrations,
      name: 'register',
      refusal: 'Too many accounts created from this address; try again later',
    }),
    passwordReset: new RequestThrottle({
      ...shared,
      name: 'password-reset',
      limit: passwordReset.perEmail,
      windowSeconds: passwordReset.windowSeconds,
      refusal: 'Too many password reset requests; try again later',
    }),
    passwordResetLimitPerIp: passwordReset.perIp,
    extraction: new RequestThrottle({
      ...shared,
      ...extraction,
      name: 'extract-skills',
      refusal: 'Too many skill extraction requests; try again later',
    }),
    operationCost: new LeasedBudget({
      limit: operationCost.limit,
      throttle: new RequestThrottle({
        ...shared,
        ...operationCost,
        name: 'operation-cost',
        refusal: 'This address has asked for too much at once; try again in a minute',
      }),
    }),
  };
}
