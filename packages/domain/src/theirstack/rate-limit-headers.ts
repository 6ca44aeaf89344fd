/**
 * TheirStack's rate-limit headers (IETF draft style), written by the fake
 * server and read by the client:
 *   RateLimit-Policy: "per-second";q=4;w=1, "per-minute";q=10;w=60
 *   RateLimit: "per-second";r=3;t=1, "per-minute";r=9;t=60
 *   RateLimit-Limit: 4, 10   RateLimit-Remaining: 3, 9   RateLimit-Reset: 1, 60
 */

export interface RateLimitWindowState {
  readonly name: string | null;
  readonly limit: number | null;
  readonly remaining: number;
  /** Seconds until the window has room again. */
  readonly resetSeconds: number;
}

export interface RateLimitWindowUsage {
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
  readonly remaining: number;
  readonly resetSeconds: number;
}

export function formatRateLimitHeaders(windows: readonly RateLimitWindowUsage[]): Record<string, string> {
  if (windows.length === 0) return {};
  const list = (field: (window: RateLimitWindowUsage) => number) => windows.map(field).join(', ');
  return {
    RateLimit: windows.map((w) => `"${w.name}";r=${w.remaining};t=${w.resetSeconds}`).join(', '),
    'RateLimit-Policy': windows.map((w) => `"${w.name}";q=${w.limit};w=${w.windowSeconds}`).join(', '),
    'RateLimit-Limit': list((w) => w.limit),
    'RateLimit-Remaining': list((w) => w.remaining),
    'RateLimit-Reset': list((w) => w.resetSeconds),
  };
}

type HeaderValue = string | string[] | undefined;
export type ResponseHeaders = Readonly<Record<string, HeaderValue>>;

function headerText(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function numberList(text: string | undefined): number[] {
  if (!text) return [];
  return text.split(',').map((part) => Number.parseFloat(part.trim()));
}

interface StructuredItem {
  readonly name: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/** Parses a list like `"per-second";r=3;t=1, "per-minute";r=9;t=60`. */
function structuredItems(text: string | undefined): StructuredItem[] {
  if (!text) return [];
  return text.split(',').map((item) => {
    const [name = '', ...parameters] = item.split(';').map((part) => part.trim());
    const pairs = parameters.map((parameter) => {
      const [key = '', value = ''] = parameter.split('=');
      return [key.trim(), value.trim().replace(/^"|"$/g, '')] as const;
    });
    return { name: name.replace(/^"|"$/g, ''), parameters: new Map(pairs) };
  });
}

function fromLists(headers: ResponseHeaders): RateLimitWindowState[] {
  const remaining = numberList(headerText(headers, 'ratelimit-remaining'));
  const resets = numberList(headerText(headers, 'ratelimit-reset'));
  const limits = numberList(headerText(headers, 'ratelimit-limit'));
  const names = structuredItems(headerText(headers, 'ratelimit-policy')).map((item) => item.name);
  return remaining.map((left, index) => ({
    name: names[index] ?? null,
    limit: limits[index] ?? null,
    remaining: left,
    resetSeconds: resets[index] ?? 0,
  }));
}

function fromStructuredHeader(headers: ResponseHeaders): RateLimitWindowState[] {
  const quotas = new Map(
    structuredItems(headerText(headers, 'ratelimit-policy')).map((item) => [
      item.name,
      item.parameters.get('q'),
    ]),
  );
  return structuredItems(headerText(headers, 'ratelimit')).map((item) => {
    const quota = quotas.get(item.name);
    return {
      name: item.name || null,
      limit: quota === undefined ? null : Number.parseFloat(quota),
      remaining: Number.parseFloat(item.parameters.get('r') ?? 'NaN'),
      resetSeconds: Number.parseFloat(item.parameters.get('t') ?? '0'),
    };
  });
}

/** Reads whichever form the response carries; header names must be lower-case (as Node gives them). */
export function parseRateLimitHeaders(headers: ResponseHeaders): RateLimitWindowState[] {
  const states =
    headers['ratelimit-remaining'] === undefined ? fromStructuredHeader(headers) : fromLists(headers);
  return states.filter((state) => Number.isFinite(state.remaining) && Number.isFinite(state.resetSeconds));
}

/** How long until every exhausted window has room again, or undefined when none is exhausted. */
export function exhaustedWindowResetMs(states: readonly RateLimitWindowState[]): number | undefined {
  const exhausted = states.filter((state) => state.remaining <= 0);
  if (exhausted.length === 0) return undefined;
  return Math.max(...exhausted.map((state) => state.resetSeconds)) * 1000;
}
