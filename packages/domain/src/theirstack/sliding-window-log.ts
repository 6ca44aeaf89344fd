/** A rate-limit window: at most `limit` requests in any span of `windowMs`. */
export interface RateLimitWindow {
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

export interface WindowUsage {
  readonly window: RateLimitWindow;
  readonly remaining: number;
  /** Milliseconds until the oldest counted request leaves the window (0 when none is counted). */
  readonly resetMs: number;
}

/**
 * In-process sliding-window log, the way TheirStack counts: a request is
 * admitted only when every window has room, and then counts in all of them.
 */
export class SlidingWindowLog {
  private readonly timestamps: number[][];

  constructor(readonly windows: readonly RateLimitWindow[]) {
    this.timestamps = windows.map(() => []);
  }

  /** Records a request and returns 0 when there is room; otherwise returns how long to wait, recording nothing. */
  tryRecord(nowMs: number): number {
    const wait = this.waitMs(nowMs);
    if (wait > 0) return wait;
    for (const stamps of this.timestamps) stamps.push(nowMs);
    return 0;
  }

  usage(nowMs: number): WindowUsage[] {
    this.forget(nowMs);
    return this.windows.map((window, index) => {
      const oldest = this.timestamps[index]?.[0];
      return {
        window,
        remaining: Math.max(0, window.limit - (this.timestamps[index]?.length ?? 0)),
        resetMs: oldest === undefined ? 0 : oldest + window.windowMs - nowMs,
      };
    });
  }

  private waitMs(nowMs: number): number {
    return Math.max(0, ...this.usage(nowMs).map((usage) => (usage.remaining > 0 ? 0 : usage.resetMs)));
  }

  private forget(nowMs: number): void {
    this.windows.forEach((window, index) => {
      const stamps = this.timestamps[index] ?? [];
      while (stamps.length > 0 && (stamps[0] as number) <= nowMs - window.windowMs) stamps.shift();
    });
  }
}
