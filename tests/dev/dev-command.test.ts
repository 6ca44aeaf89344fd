// `pnpm dev` as a developer runs it: services from MONGODB_URI / REDIS_URL, the api and the
// worker from their sources, settings from a first-run copy of .env.example. The source change
// is a new file under packages/api/src (removed afterwards, so the tree stays as it was): the
// api restarts and answers /health again.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersHealth, freePort, useTestDatabase, waitUntil } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const database = useTestDatabase();
// A Redis database of its own: the dev worker schedules its queues under BullMQ's default prefix.
const DEV_REDIS_DB = 11;
const redisUrl = (() => {
  const url = new URL(inject('redisUrl'));
  url.pathname = `/${DEV_REDIS_DB}`;
  return url.toString();
})();
const temporary = mkdtempSync(path.join(os.tmpdir(), 'career-navigator-dev-'));

afterAll(async () => {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  await redis.flushdb();
  redis.disconnect();
  rmSync(temporary, { recursive: true, force: true });
});

/** What the dev command has printed so far, and a way to wait for a line matching a pattern. */
function outputOf(child: ChildProcess) {
  let text = '';
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    text: () => text,
    count: (pattern: RegExp) => text.split('\n').filter((line) => pattern.test(line)).length,
  };
}

const until = (what: string, condition: () => boolean | Promise<boolean>, output: () => string) =>
  waitUntil(what, condition, { timeoutMs: 90_000, details: output });

const healthy = (port: number) => answersHealth(`http://127.0.0.1:${port}`);

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const forced = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(forced);
      resolve();
    });
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

describe('pnpm dev', () => {
  it('is the dev script', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(manifest.scripts.dev).toBe('node scripts/dev.mjs');
  });

  it('answers /health, and restarts the api when a file under packages/api/src changes', async () => {
    const port = await freePort();
    const envFile = path.join(temporary, '.env');
    const probe = path.join(root, 'packages/api/src', `.dev-restart-probe-${process.pid}`);
    const child = spawn(process.execPath, ['scripts/dev.mjs'], {
      cwd: root,
      // Its own process group, so the api and worker under their watchers stop with it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.homedir(),
        DEV_ENV_FILE: envFile,
        NODE_ENV: 'development',
        PORT: String(port),
        MONGODB_URI: database.uri,
        REDIS_URL: redisUrl,
        LOG_LEVEL: 'info',
      },
    });
    const output = outputOf(child);
    try {
      await until('the first /health', () => healthy(port), output.text);
      expect(output.text()).toContain('from .env.example');
      expect(existsSync(envFile)).toBe(true);
      const listening = / listening"/;
      const started = output.count(listening);
      expect(started).toBe(1);

      writeFileSync(probe, 'a source change\n');
      await until('a restart of the api', () => output.count(listening) > started, output.text);
      expect(output.text()).toMatch(/Restarting .*packages\/api\/src\/main\.ts/);
      await until('/health after the restart', () => healthy(port), output.text);
    } finally {
      rmSync(probe, { force: true });
      await stopGroup(child);
    }
  }, 180_000);
});
