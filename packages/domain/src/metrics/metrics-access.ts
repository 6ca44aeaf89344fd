import { timingSafeEqual } from 'node:crypto';

type MetricsAccess = 'allowed' | 'unauthorized' | 'disabled';

export interface MetricsAccessSettings {
  isProduction: boolean;
  /** METRICS_TOKEN: when set, scrapers must send `Authorization: Bearer <token>`. */
  token: string | undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: with METRICS_TOKEN configured, whoever presents it;
 * without, anyone outside production and nobody in production (the endpoint is off).
 */
export function metricsAccess(
  settings: MetricsAccessSettings,
  authorization: string | undefined,
): MetricsAccess {
  if (settings.token === undefined) return settings.isProduction ? 'disabled' : 'allowed';
  const presented = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return presented !== undefined && sameSecret(presented, settings.token) ? 'allowed' : 'unauthorized';
}
