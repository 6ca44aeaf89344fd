import { createHmac, timingSafeEqual } from 'node:crypto';

export const DASHBOARD_COOKIE = 'queue_dashboard';
/** Long enough to look around and retry a job, short enough that a lost cookie soon stops working. */
export const DASHBOARD_COOKIE_TTL_MS = 15 * 60_000;

/** A key of its own, derived from the JWT secret, so a cookie can never pass for an access token. */
function cookieKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('queue-dashboard-cookie').digest();
}

function signature(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** `<userId>.<expiresAtMs>.<signature>` */
export function signDashboardCookie(jwtSecret: string, userId: string, now = Date.now()): string {
  const payload = `${userId}.${now + DASHBOARD_COOKIE_TTL_MS}`;
  return `${payload}.${signature(cookieKey(jwtSecret), payload)}`;
}

/** The user id of a cookie this server signed and that has not expired; undefined otherwise. */
export function verifyDashboardCookie(
  jwtSecret: string,
  value: string,
  now = Date.now(),
): string | undefined {
  const [userId, expiresAt, given, ...rest] = value.split('.');
  if (!userId || !expiresAt || !given || rest.length > 0) return undefined;
  const expected = Buffer.from(signature(cookieKey(jwtSecret), `${userId}.${expiresAt}`));
  const presented = Buffer.from(given);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return undefined;
  return Number(expiresAt) > now ? userId : undefined;
}
