import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { databaseAnswersReads, type Logger } from '@career-navigator/domain';
import type { Redis } from 'ioredis';

/** Container health checks read this file's age: it is rewritten while MongoDB and Redis answer. */
export const HEARTBEAT_FILE = path.join(os.tmpdir(), 'career-navigator-worker.alive');
const INTERVAL_MS = 15_000;

export function startHeartbeat(redis: Redis, logger: Logger): NodeJS.Timeout {
  const beat = async () => {
    const [database, queue] = await Promise.all([
      databaseAnswersReads(5_000),
      redis.ping().then(
        () => true,
        () => false,
      ),
    ]);
    if (database && queue) await writeFile(HEARTBEAT_FILE, new Date().toISOString());
    else logger.warn({ database, queue }, 'worker dependencies unreachable');
  };
  void beat();
  const timer = setInterval(() => void beat().catch(() => undefined), INTERVAL_MS);
  timer.unref();
  return timer;
}
