/**
 * Misbehaviour a test can script into the fake TheirStack server. Faults
 * apply to POST /v1/jobs/search only, before authentication and validation,
 * as if the real service were having a bad moment.
 */
export type FakeTheirStackFault =
  /** 429. `retryAfter` sets a Retry-After header (seconds or an HTTP date); the RateLimit headers always show an exhausted window resetting in `resetSeconds` (default 1). */
  | { readonly type: 'rate-limited'; readonly retryAfter?: string | number; readonly resetSeconds?: number }
  /** Any status with TheirStack's error body, or `body` verbatim when given. */
  | {
      readonly type: 'status';
      readonly status: number;
      readonly title?: string;
      readonly description?: string;
      readonly body?: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Waits `ms` before handling the request normally (longer than the client's timeout to make it time out). */
  | { readonly type: 'delay'; readonly ms: number }
  /** 200 with a JSON body cut off half-way. */
  | { readonly type: 'malformed-json' }
  /** Drops the TCP connection without answering. */
  | { readonly type: 'connection-reset' };

/** One-shot faults are used first, in order; the persistent fault applies whenever the queue is empty. */
export class FaultSchedule {
  private readonly queue: FakeTheirStackFault[] = [];
  private persistent: FakeTheirStackFault | null = null;

  enqueue(faults: readonly FakeTheirStackFault[]): void {
    this.queue.push(...faults);
  }

  setPersistent(fault: FakeTheirStackFault | null): void {
    this.persistent = fault;
  }

  clear(): void {
    this.queue.length = 0;
    this.persistent = null;
  }

  next(): FakeTheirStackFault | null {
    return this.queue.shift() ?? this.persistent;
  }
}
