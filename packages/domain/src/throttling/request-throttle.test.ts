import { createServer, type Server, type Socket } from 'node:net';
import { useTestRedisClient } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/index.js';
import {
  RequestThrottle,
  type RequestThrottleOptions,
  ThrottleUnavailableError,
} from './request-throttle.js';

const testRedis = useTestRedisClient();

function throttle(options: Partial<RequestThrottleOptions> & { limit: number }): RequestThrottle {
  return new RequestThrottle({
    redis: testRedis.client,
    name: 'test',
    windowSeconds: 60,
    keyPrefix: `${testRedis.prefix}:${crypto.randomUUID()}`,
    ...options,
  });
}

async function settle(attempts: Promise<void>[]) {
  const results = await Promise.allSettled(attempts);
  const passed = results.filter((result) => result.status === 'fulfilled').length;
  const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  return { passed, refusals };
}

/** Accepts connections and never answers: Redis as seen from a client when it hangs. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('RequestThrottle', () => {
  it('lets exactly the limit through when requests arrive together', async () => {
    const budget = throttle({ limit: 5 });
    const { passed, refusals } = await settle(Array.from({ length: 20 }, () => budget.consume('10.0.0.1')));
    expect(passed).toBe(5);
    expect(refusals).toHaveLength(15);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(RateLimitedError);
      expect((refusal as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
      expect((refusal as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('keeps one budget per subject and per throttle name', async () => {
    const keyPrefix = `${testRedis.prefix}:${crypto.randomUUID()}`;
    const first = throttle({ limit: 1, keyPrefix });
    await first.consume('10.0.0.2');
    await first.consume('10.0.0.3');
    await throttle({ limit: 1, keyPrefix, name: 'another' }).consume('10.0.0.2');
    await expect(first.consume('10.0.0.2')).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('weighs requests and refuses once their weights pass the limit', async () => {
    const budget = throttle({ limit: 100 });
    await budget.consume('ip:1', 60);
    await expect(budget.consume('ip:1', 60)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('counts a request against all its counters in one step, each with its own limit', async () => {
    const attempts = throttle({ limit: 3 });
    const counters = (ip: string) => [{ subject: 'email:a@example.com' }, { subject: ip, limit: 100 }];
    const { passed } = await settle(
      Array.from({ length: 12 }, (_, index) => attempts.consumeAll(counters(`ip:${index}`))),
    );
    expect(passed).toBe(3);
    const perIp = throttle({ limit: 100 });
    await perIp.consumeAll([{ subject: 'email:b@example.com' }, { subject: 'ip:shared', limit: 1 }]);
    await expect(
      perIp.consumeAll([{ subject: 'email:c@example.com' }, { subject: 'ip:shared', limit: 1 }]),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('gives units back on refund, never below zero, and starts afresh on clear', async () => {
    const attempts = throttle({ limit: 2 });
    await attempts.refund('me');
    await attempts.consume('me');
    await attempts.consume('me');
    await attempts.refund('me');
    await attempts.consume('me');
    await expect(attempts.consume('me')).rejects.toBeInstanceOf(RateLimitedError);
    await attempts.clear('me');
    await attempts.consume('me');
  });

  it('keeps counting when Redis has lost its scripts (a restart or SCRIPT FLUSH)', async () => {
    const budget = throttle({ limit: 2 });
    await budget.consume('10.0.0.5');
    await testRedis.client.script('FLUSH');
    await budget.consume('10.0.0.5');
    await expect(budget.consume('10.0.0.5')).rejects.toBeInstanceOf(RateLimitedError);
    await testRedis.client.script('FLUSH');
    await budget.refund('10.0.0.5', 2); // the refused attempt counted too
    await budget.consume('10.0.0.5');
  });

  it('refills the budget when the window ends', async () => {
    const short = throttle({ limit: 1, windowSeconds: 0.2 });
    await short.consume('10.0.0.4');
    await expect(short.consume('10.0.0.4')).rejects.toBeInstanceOf(RateLimitedError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(short.consume('10.0.0.4')).resolves.toBeUndefined();
  });

  it('keeps subjects out of key names and gives every counter an expiry', async () => {
    const keyPrefix = `${testRedis.prefix}:${crypto.randomUUID()}`;
    await throttle({ limit: 3, keyPrefix }).consumeAll([
      { subject: 'ip:192.168.1.77' },
      { subject: 'email:private.person@example.com' },
    ]);
    const keys = await testRedis.client.keys(`${keyPrefix}:*`);
    expect(keys).toHaveLength(2);
    expect(keys.join(' ')).not.toMatch(/192\.168|private|example/);
    for (const key of keys) expect(await testRedis.client.pttl(key)).toBeGreaterThan(0);
  });

  it('refuses when Redis is unreachable, never letting the request through', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on('error', () => {});
    const unreachable = throttle({ redis: dead, limit: 5 });
    await expect(unreachable.consume('ip:1')).rejects.toBeInstanceOf(ThrottleUnavailableError);
    dead.disconnect();
  });

  it('refuses within its timeout when Redis does not answer', async () => {
    const silent = await silentServer();
    const hanging = new Redis(silent.url, { maxRetriesPerRequest: null });
    hanging.on('error', () => {});
    const started = performance.now();
    const error = await throttle({ redis: hanging, limit: 5, timeoutMs: 300 })
      .consume('ip:1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottleUnavailableError);
    expect(performance.now() - started).toBeLessThan(2_000);
    hanging.disconnect();
    await silent.close();
  });
});
