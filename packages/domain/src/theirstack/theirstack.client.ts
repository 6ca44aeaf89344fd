import type { IncomingHttpHeaders } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import got, { type Got, RequestError } from 'got';
import { z } from 'zod';
import type { AppConfig } from '../config/index.js';
import type { Logger } from '../logging/index.js';
import { theirStackCreditsUsed, theirStackRequests } from '../metrics/index.js';
import { PROBE_REQUEST, type TheirStackJobSearcher, type TheirStackSearchResult } from './job-searcher.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import type { RequestRateLimiter } from './request-rate-limiter.js';
import {
  type BackoffOptions,
  backoffDelayMs,
  DEFAULT_BACKOFF,
  isRetryableStatus,
  serverRequestedWaitMs,
} from './retry-policy.js';
import { checkSearchRequestShape } from './search-request-rules.js';
import {
  TheirStackAuthenticationError,
  TheirStackClientError,
  type TheirStackErrorDetails,
  TheirStackInvalidRequestError,
  TheirStackResponseError,
  TheirStackRetryableError,
} from './theirstack.errors.js';
import type { TheirStackJob, TheirStackJobSearchRequest } from './theirstack.types.js';

export interface TheirStackClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Per attempt, including reading the body. Default 30 s. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt for transient failures. Default 3. */
  readonly maxRetries?: number;
  /** Awaited before every attempt, retries included. */
  readonly limiter?: RequestRateLimiter;
  readonly logger?: Logger;
  readonly backoff?: Partial<BackoffOptions>;
  /** Injected by tests to skip real waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly clock?: () => number;
}

export interface TheirStackCreditBalance {
  readonly apiCredits: number;
  readonly usedApiCredits: number;
}

type AttemptOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      readonly body: string;
    }
  | { readonly kind: 'network'; readonly code: string };

type HttpResponse = Extract<AttemptOutcome, { kind: 'response' }>;

const theirStackErrorBody = z.object({
  error: z.object({
    code: z.string().nullish(),
    title: z.string(),
    description: z.string().nullish(),
  }),
});

const fastApiErrorBody = z.object({
  detail: z.union([
    z.string(),
    z.array(z.object({ loc: z.array(z.union([z.string(), z.number()])).optional(), msg: z.string() })),
  ]),
});

const searchResponseBody = z.object({
  metadata: z.object({
    total_results: z.number().nullish(),
    truncated_results: z.number().nullish(),
  }),
  data: z.array(
    z.looseObject({
      id: z.number(),
      job_title: z.string(),
      discovered_at: z.string(),
      company_object: z.looseObject({ id: z.string(), name: z.string() }),
    }),
  ),
});

const creditBalanceBody = z.object({ api_credits: z.number(), used_api_credits: z.number() });

/** Reads the API's error body in either of its shapes (TheirStack's own or FastAPI's). */
function errorDetails(response: HttpResponse): TheirStackErrorDetails {
  const fallbackTitle = STATUS_CODES[response.status] ?? 'HTTP error';
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    const text = response.body.trim().slice(0, 200);
    return { status: response.status, code: null, title: fallbackTitle, description: text || null };
  }
  const own = theirStackErrorBody.safeParse(json);
  if (own.success) {
    const { code, title, description } = own.data.error;
    return { status: response.status, code: code ?? null, title, description: description ?? null };
  }
  const fastApi = fastApiErrorBody.safeParse(json);
  if (fastApi.success) {
    const { detail } = fastApi.data;
    const description =
      typeof detail === 'string'
        ? detail
        : detail.map((item) => `${(item.loc ?? []).join('.')}: ${item.msg}`).join('; ');
    return { status: response.status, code: null, title: 'Validation error', description };
  }
  return { status: response.status, code: null, title: fallbackTitle, description: null };
}

function parseJsonBody<T>(endpoint: string, response: HttpResponse, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw new TheirStackResponseError(endpoint, response.status, 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const firstIssue = parsed.error.issues[0];
    const where = firstIssue
      ? `${firstIssue.path.join('.') || 'body'}: ${firstIssue.message}`
      : 'unexpected shape';
    throw new TheirStackResponseError(endpoint, response.status, where);
  }
  return parsed.data;
}

/** What the client refuses to send: anything the API would reject for its shape, and ambiguous paging. */
function outgoingRequestProblems(request: TheirStackJobSearchRequest): string[] {
  const shape = checkSearchRequestShape(request);
  const problems = shape.ok ? [] : [shape.problem.description];
  if (request.page !== undefined && request.offset !== undefined) {
    problems.push('send either page or offset, not both (the API does not define which wins)');
  }
  return problems;
}

/**
 * TheirStack Jobs API client. Retries transient failures itself (got's own
 * retry is off) so the policy is explicit: network errors, timeouts, 429 and
 * 5xx are retried up to `maxRetries` times; the server's Retry-After or
 * rate-limit reset is honoured; everything else fails at once with a typed error.
 */
export class TheirStackClient implements TheirStackJobSearcher {
  /** A true private field: got keeps the key in its defaults, and util.inspect never shows #fields. */
  readonly #http: Got;
  private readonly maxRetries: number;
  private readonly backoff: BackoffOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly clock: () => number;
  private readonly limiter: RequestRateLimiter | undefined;
  private readonly logger: Logger | undefined;

  constructor(options: TheirStackClientOptions) {
    this.#http = got.extend({
      prefixUrl: options.baseUrl.replace(/\/+$/, ''),
      headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
      timeout: { request: options.timeoutMs ?? 30_000 },
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
    });
    this.maxRetries = options.maxRetries ?? 3;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.sleep = options.sleep ?? ((ms) => delay(ms));
    this.random = options.random ?? Math.random;
    this.clock = options.clock ?? Date.now;
    this.limiter = options.limiter;
    this.logger = options.logger;
  }

  /** Builds a client from the validated app config (its timeout is in seconds). */
  static fromConfig(
    settings: Pick<AppConfig['theirStack'], 'baseUrl' | 'timeoutSeconds' | 'maxRetries'> & { apiKey: string },
    collaborators: Pick<TheirStackClientOptions, 'limiter' | 'logger'> = {},
  ): TheirStackClient {
    return new TheirStackClient({
      baseUrl: settings.baseUrl,
      apiKey: settings.apiKey,
      timeoutMs: settings.timeoutSeconds * 1_000,
      maxRetries: settings.maxRetries,
      ...collaborators,
    });
  }

  /** One page of postings. Pages are 0-based; the last page is the first with fewer than `limit` rows. */
  async searchJobs(request: TheirStackJobSearchRequest): Promise<TheirStackSearchResult> {
    const problems = outgoingRequestProblems(request);
    if (problems.length > 0) throw new TheirStackInvalidRequestError(problems);
    const endpoint = 'POST /v1/jobs/search';
    const response = await this.send(endpoint, 'v1/jobs/search', request);
    const body = parseJsonBody(endpoint, response, searchResponseBody);
    const jobs = body.data as unknown as TheirStackJob[];
    const creditsUsed = request.blur_company_data ? 0 : jobs.length;
    theirStackCreditsUsed.inc(creditsUsed);
    this.logger?.debug({ endpoint, rows: jobs.length, creditsUsed }, 'TheirStack search answered');
    return {
      jobs,
      totalResults: body.metadata.total_results ?? null,
      truncatedResults: body.metadata.truncated_results ?? 0,
      creditsUsed,
      rateLimit: parseRateLimitHeaders(response.headers),
    };
  }

  /** Proves the key and the network work without spending credits. */
  probe(): Promise<TheirStackSearchResult> {
    return this.searchJobs(PROBE_REQUEST);
  }

  async creditBalance(): Promise<TheirStackCreditBalance> {
    const endpoint = 'GET /v0/billing/credit-balance';
    const response = await this.send(endpoint, 'v0/billing/credit-balance');
    const body = parseJsonBody(endpoint, response, creditBalanceBody);
    return { apiCredits: body.api_credits, usedApiCredits: body.used_api_credits };
  }

  private async send(endpoint: string, path: string, json?: object): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt += 1) {
      await this.limiter?.acquire();
      const outcome = await this.attempt(path, json);
      if (outcome.kind === 'response' && outcome.status < 300) return outcome;
      if (outcome.kind === 'response' && !isRetryableStatus(outcome.status))
        throw this.httpError(endpoint, outcome);
      const serverWaitMs =
        outcome.kind === 'response'
          ? serverRequestedWaitMs(outcome.status, outcome.headers, this.clock())
          : undefined;
      const failure = {
        attempts: attempt,
        lastStatus: outcome.kind === 'response' ? outcome.status : null,
        lastErrorCode: outcome.kind === 'network' ? outcome.code : null,
        retryAfterMs: null,
      };
      if (attempt > this.maxRetries) throw new TheirStackRetryableError(endpoint, failure);
      if (serverWaitMs !== undefined && serverWaitMs > this.backoff.maxServerWaitMs) {
        throw new TheirStackRetryableError(endpoint, { ...failure, retryAfterMs: serverWaitMs });
      }
      const waitMs = serverWaitMs ?? backoffDelayMs(attempt, this.backoff, this.random);
      this.logger?.warn(
        { endpoint, attempt, status: failure.lastStatus, errorCode: failure.lastErrorCode, waitMs },
        'TheirStack request failed; retrying',
      );
      await this.sleep(waitMs);
    }
  }

  private async attempt(path: string, json: object | undefined): Promise<AttemptOutcome> {
    try {
      const response = await this.#http(path, {
        method: json === undefined ? 'GET' : 'POST',
        ...(json === undefined ? {} : { json }),
        responseType: 'text',
      });
      theirStackRequests.inc({ status: String(response.statusCode) });
      return {
        kind: 'response',
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
      };
    } catch (error) {
      // got's error carries the request options, Authorization header included: keep only its code.
      if (error instanceof RequestError) {
        theirStackRequests.inc({ status: 'network_error' });
        return { kind: 'network', code: error.code || 'ERR_NETWORK' };
      }
      throw error;
    }
  }

  private httpError(endpoint: string, response: HttpResponse): Error {
    const details = errorDetails(response);
    return details.status === 401 || details.status === 403
      ? new TheirStackAuthenticationError(endpoint, details)
      : new TheirStackClientError(endpoint, details);
  }
}
