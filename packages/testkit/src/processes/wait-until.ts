interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** What the timeout error should show besides `what` (a process's output, say). */
  details?: () => string;
}

/** Polls `condition` until it holds; throws, naming `what`, when `timeoutMs` passes first. */
export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { timeoutMs, intervalMs = 250, details }: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const shown = details?.();
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${shown ? `; output:\n${shown}` : ''}`);
}

/** Whether a server at `origin` answers GET /health with 200 (a refused connection counts as no). */
export function answersHealth(origin: string): Promise<boolean> {
  return fetch(`${origin}/health`).then(
    (response) => response.ok,
    () => false,
  );
}
