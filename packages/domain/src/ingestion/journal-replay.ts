/** Attempts per journal batch before its replay is given up (the store keeps failing or timing out). */
export const REPLAY_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [500, 2_000];

/** A journal batch a crashed writer left that could not be applied; the run it belongs to cannot finish. */
export class JournalReplayError extends Error {
  constructor(
    readonly batch: number,
    readonly attempts: number,
    readonly causeMessage: string,
  ) {
    super(`replaying journal batch ${batch} failed ${attempts} times: ${causeMessage}`);
    this.name = 'JournalReplayError';
  }
}

/**
 * Applies one journal batch, retrying: every posting write is absolute and
 * every cell increment is guarded by the batch number, so a batch applied
 * partly (or wholly) before a failure can be applied again.
 */
export async function replayWithRetries(batch: number, apply: () => Promise<void>): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= REPLAY_ATTEMPTS; attempt++) {
    try {
      await apply();
      return;
    } catch (error) {
      lastError = error;
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay !== undefined && attempt < REPLAY_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
  const causeMessage = lastError instanceof Error ? lastError.message : String(lastError);
  throw new JournalReplayError(batch, REPLAY_ATTEMPTS, causeMessage);
}
