import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import {
  type Clock,
  checkSearchRequest,
  createDemoJobSource,
  createStaticJobCorpus,
  type DemoJobSourceOptions,
  formatRateLimitHeaders,
  type JobCorpus,
  type RateLimitWindow,
  SlidingWindowLog,
  searchJobCorpus,
  systemClock,
  type TheirStackApiProblem,
  type TheirStackErrorBody,
  type TheirStackJob,
  type TheirStackJobSearchResponse,
} from '@career-navigator/domain/internal';
import { type FakeTheirStackFault, FaultSchedule } from './fake-server-faults.js';

/** TheirStack's free plan [spec §5]. */
export const FREE_PLAN_RATE_LIMITS: readonly RateLimitWindow[] = [
  { name: 'per-second', limit: 4, windowMs: 1_000 },
  { name: 'per-minute', limit: 10, windowMs: 60_000 },
  { name: 'per-hour', limit: 50, windowMs: 3_600_000 },
  { name: 'per-day', limit: 400, windowMs: 86_400_000 },
];

/** Anyone who has ever paid is limited per second only. */
export const PAID_PLAN_RATE_LIMITS: readonly RateLimitWindow[] = [
  { name: 'per-second', limit: 4, windowMs: 1_000 },
];

export interface FakeTheirStackServerOptions {
  readonly apiKey: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Serve exactly these postings... */
  readonly jobs?: readonly TheirStackJob[];
  /** ...or any corpus (a shared demo source, say)... */
  readonly corpus?: JobCorpus;
  /** ...or a seeded demo market (the default: seed 42, 5,000 live postings at `clock`'s time). */
  readonly demo?: Omit<DemoJobSourceOptions, 'clock'>;
  /** The clock for `jobs` and the default demo market (posted_at_max_age_days counts back from it). Default: the system clock. */
  readonly clock?: Clock;
  /** Enforced and reported in the RateLimit headers; null switches limits off. Default: the free plan. */
  readonly rateLimits?: readonly RateLimitWindow[] | null;
  /** API credits on the account; rows beyond them are withheld and counted in truncated_results. */
  readonly credits?: number;
  readonly faults?: readonly FakeTheirStackFault[];
  readonly persistentFault?: FakeTheirStackFault | null;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The parsed JSON body, the raw text when it was not JSON, or undefined when empty. */
  readonly body: unknown;
  readonly hadAuthorization: boolean;
  readonly receivedAt: Date;
  /** The status answered, or null when the connection was dropped. */
  status: number | null;
  fault: FakeTheirStackFault['type'] | null;
}

export interface FakeTheirStackServer {
  readonly url: string;
  /** Every request received, in order (the Authorization header is never stored). */
  readonly requests: readonly RecordedRequest[];
  readonly usedCredits: number;
  enqueueFaults(...faults: FakeTheirStackFault[]): void;
  setPersistentFault(fault: FakeTheirStackFault | null): void;
  /** Forgets recorded requests, scripted faults, rate-limit history and spent credits. */
  reset(): void;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const DEFAULT_CREDITS = 1_000_000;

function errorBody(
  title: string,
  description: string | null,
  code: string | null = null,
): TheirStackErrorBody {
  return { request_id: null, error: { code, title, description } };
}

function corpusFor(options: FakeTheirStackServerOptions): JobCorpus {
  if (options.corpus) return options.corpus;
  const clock = options.clock ?? systemClock;
  if (options.jobs) return createStaticJobCorpus(options.jobs, clock);
  return createDemoJobSource({ ...(options.demo ?? { seed: 42, jobCount: 5_000 }), clock });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'invalid JSON' };
  }
}

class FakeTheirStack implements FakeTheirStackServer {
  readonly requests: RecordedRequest[] = [];
  usedCredits = 0;
  url = '';
  private readonly faults = new FaultSchedule();
  private rateLog: SlidingWindowLog | undefined;
  private readonly corpus: JobCorpus;
  private readonly stopping = new AbortController();
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        this.send(response, undefined, 500, errorBody('Internal server error', String(error)));
    });
  });

  constructor(private readonly options: FakeTheirStackServerOptions) {
    this.corpus = corpusFor(options);
    this.rateLog = this.freshRateLog();
    this.faults.enqueue(options.faults ?? []);
    this.faults.setPersistent(options.persistentFault ?? null);
  }

  async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, host, () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://${host}:${port}`;
  }

  enqueueFaults(...faults: FakeTheirStackFault[]): void {
    this.faults.enqueue(faults);
  }

  setPersistentFault(fault: FakeTheirStackFault | null): void {
    this.faults.setPersistent(fault);
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.clear();
    this.rateLog = this.freshRateLog();
    this.usedCredits = 0;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private freshRateLog(): SlidingWindowLog | undefined {
    const windows = this.options.rateLimits === undefined ? FREE_PLAN_RATE_LIMITS : this.options.rateLimits;
    return windows && windows.length > 0 ? new SlidingWindowLog(windows) : undefined;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const text = await readBody(request);
    const parsed = parseBody(text);
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      body: text === '' ? undefined : 'json' in parsed ? parsed.json : text,
      hadAuthorization: request.headers.authorization !== undefined,
      receivedAt: new Date(),
      status: null,
      fault: null,
    };
    this.requests.push(record);
    if (path === '/v1/jobs/search' && record.method === 'POST')
      return this.searchJobs(request, response, record, parsed);
    if (path === '/v0/billing/credit-balance' && record.method === 'GET')
      return this.creditBalance(request, response, record);
    const known = path === '/v1/jobs/search' || path === '/v0/billing/credit-balance';
    this.send(response, record, known ? 405 : 404, { detail: known ? 'Method Not Allowed' : 'Not Found' });
  }

  private async searchJobs(
    request: IncomingMessage,
    response: ServerResponse,
    record: RecordedRequest,
    parsed: { json: unknown } | { error: string },
  ): Promise<void> {
    const fault = this.faults.next();
    if (fault) {
      record.fault = fault.type;
      const handled = await this.applyFault(fault, request, response, record);
      if (handled) return;
    }
    if (!this.isAuthorized(request)) return this.sendUnauthorized(response, record);
    const rateHeaders = this.countRequest(response, record);
    if (!rateHeaders) return;
    if ('error' in parsed) {
      const detail = [{ type: 'json_invalid', loc: ['body', 0], msg: `JSON decode error: ${parsed.error}` }];
      return this.send(response, record, 422, { detail }, rateHeaders);
    }
    const check = checkSearchRequest(parsed.json);
    if (!check.ok) return this.sendProblem(response, record, check.problem, rateHeaders);
    const result = this.chargeCredits(
      searchJobCorpus(this.corpus, check.request),
      check.request.blur_company_data === true,
    );
    this.send(response, record, 200, result, rateHeaders);
  }

  private creditBalance(request: IncomingMessage, response: ServerResponse, record: RecordedRequest): void {
    if (!this.isAuthorized(request)) {
      this.sendUnauthorized(response, record);
      return;
    }
    this.send(response, record, 200, {
      api_credits: this.options.credits ?? DEFAULT_CREDITS,
      used_api_credits: this.usedCredits,
    });
  }

  /** Returns true when the fault answered the request itself. */
  private async applyFault(
    fault: FakeTheirStackFault,
    request: IncomingMessage,
    response: ServerResponse,
    record: RecordedRequest,
  ): Promise<boolean> {
    switch (fault.type) {
      case 'delay':
        try {
          await delay(fault.ms, undefined, { signal: this.stopping.signal });
          return false;
        } catch {
          return true;
        }
      case 'connection-reset':
        request.socket.destroy();
        return true;
      case 'malformed-json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"metadata": {"total_results": null}, "data": [{"id": 1, "job_ti');
        record.status = 200;
        return true;
      case 'rate-limited':
        this.send(response, record, 429, errorBody('Too many requests exception', 'Rate limit exceeded'), {
          ...this.exhaustedRateHeaders(fault.resetSeconds ?? 1),
          ...(fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }),
        });
        return true;
      case 'status': {
        const title = fault.title ?? STATUS_CODES[fault.status] ?? 'Error';
        this.send(
          response,
          record,
          fault.status,
          fault.body ?? errorBody(title, fault.description ?? null),
          fault.headers,
        );
        return true;
      }
    }
  }

  private isAuthorized(request: IncomingMessage): boolean {
    return request.headers.authorization === `Bearer ${this.options.apiKey}`;
  }

  private sendUnauthorized(response: ServerResponse, record: RecordedRequest): void {
    this.send(response, record, 401, errorBody('Unauthorized', 'Missing or invalid API key'));
  }

  private sendProblem(
    response: ServerResponse,
    record: RecordedRequest,
    problem: TheirStackApiProblem,
    headers: Record<string, string>,
  ): void {
    this.send(
      response,
      record,
      problem.status,
      errorBody(problem.title, problem.description, problem.code),
      headers,
    );
  }

  /** Counts an authenticated request; answers 429 itself (and returns undefined) when a window is full. */
  private countRequest(
    response: ServerResponse,
    record: RecordedRequest,
  ): Record<string, string> | undefined {
    if (!this.rateLog) return {};
    const now = Date.now();
    const wait = this.rateLog.tryRecord(now);
    const headers = this.rateHeaders(now);
    if (wait === 0) return headers;
    this.send(
      response,
      record,
      429,
      errorBody('Too many requests exception', 'Rate limit exceeded'),
      headers,
    );
    return undefined;
  }

  private rateHeaders(now: number): Record<string, string> {
    const usage = this.rateLog?.usage(now) ?? [];
    return formatRateLimitHeaders(
      usage.map(({ window, remaining, resetMs }) => ({
        name: window.name,
        limit: window.limit,
        windowSeconds: window.windowMs / 1000,
        remaining,
        resetSeconds: Math.ceil(resetMs / 1000),
      })),
    );
  }

  /** The headers of a 429: the first window shown as used up. */
  private exhaustedRateHeaders(resetSeconds: number): Record<string, string> {
    const windows = this.rateLog?.windows ?? PAID_PLAN_RATE_LIMITS;
    return formatRateLimitHeaders(
      windows.map((window, index) => ({
        name: window.name,
        limit: window.limit,
        windowSeconds: window.windowMs / 1000,
        remaining: index === 0 ? 0 : window.limit,
        resetSeconds: index === 0 ? resetSeconds : 0,
      })),
    );
  }

  /** One credit per row; a short balance withholds rows as TheirStack does. Preview mode is free. */
  private chargeCredits(result: TheirStackJobSearchResponse, blurred: boolean): TheirStackJobSearchResponse {
    if (blurred) return result;
    const available = Math.max(0, (this.options.credits ?? DEFAULT_CREDITS) - this.usedCredits);
    const data = result.data.slice(0, available);
    this.usedCredits += data.length;
    return { metadata: { ...result.metadata, truncated_results: result.data.length - data.length }, data };
  }

  private send(
    response: ServerResponse,
    record: RecordedRequest | undefined,
    status: number,
    body: unknown,
    headers: Readonly<Record<string, string>> = {},
  ): void {
    if (record) record.status = status;
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }
}

/** Starts the fake on loopback; `stop()` closes it and any connection still open. */
export async function startFakeTheirStackServer(
  options: FakeTheirStackServerOptions,
): Promise<FakeTheirStackServer> {
  const server = new FakeTheirStack(options);
  await server.listen();
  return server;
}
