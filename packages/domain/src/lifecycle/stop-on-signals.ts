import type { Logger } from '../logging/index.js';

export interface SignalStop {
  logger: Logger;
  /** How long `stop` may take after the signal before the process exits anyway, with 1. */
  graceMs: number;
  /** Closes what the process holds; the process exits with 0 once it resolves, with 1 if it throws. */
  stop: () => Promise<void>;
  /** The log lines of a stop: when it starts, when the grace runs out, when it is done. */
  messages: { stopping: string; overdue: string; stopped: string };
}

/**
 * The API's and the worker's way out: on SIGTERM or SIGINT (the first one only; a second signal
 * while stopping changes nothing) run `stop`, bounded by `graceMs`, then exit.
 */
export function stopOnSignals({ logger, graceMs, stop, messages }: SignalStop): void {
  let stopping = false;
  async function onSignal(signal: NodeJS.Signals): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, messages.stopping);
    setTimeout(() => {
      logger.error(messages.overdue);
      process.exit(1);
    }, graceMs).unref();
    try {
      await stop();
      logger.info(messages.stopped);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  }
  process.on('SIGTERM', (signal) => void onSignal(signal));
  process.on('SIGINT', (signal) => void onSignal(signal));
}
