import { createServer, type Socket } from 'node:net';
import { useTestRedisClient } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/index.js';
import { LEASE_SHARE, LeasedBudget } from './leased-budget.js';
import { RequestThrottle, ThrottleUnavailableError } from './request-throttle.js';

const testRedis = useTestRedisClient();
const connections: Redis[] = [];
afterAll(() => {
  for (const connection of connections) connection.disconnect();
});

/**
 * A budget as one API process holds it: its own Redis connection and leases, the counter
 * shared with every other process through `keyPrefix`.
 */
function processBudget(keyPrefix: string, limit: number, windowSeconds = 60): LeasedBudget {
  const redis = new Redis(testRedis.url, { maxRetriesPerRequest: 1 });
  connections.push(redis);
  const throttle = new RequestThrottle({ redis, name: 'cost', limit, windowSeconds, keyPrefix });
  return new LeasedBudget({ throttle, limit });
}

const freshPrefix = () => `${testRedis.prefix}:${crypto.randomUUID()}`;

async function counterOf(keyPrefix: string): Promise<number> {
  const [key] = await testRedis.client.keys(`${keyPrefix}:*`);
  return Number(key ? await testRedis.client.get(key) : 0);
}

async function admitted(budget: LeasedBudget, subject: string, weights: number[]) {
  const results = await Promise.allSettled(weights.map((weight) => budget.consume(subject, weight)));
  const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  for (const refusal of refusals) expect(refusal).toBeInstanceOf(RateLimitedError);
  return weights.reduce(
    (sum, weight, index) => sum + (results[index]?.status === 'fulfilled' ? weight : 0),
    0,
  );
}

describe('LeasedBudget', () => {
  it('counts a lease in Redis ahead and spends it without asking again', async () => {
    const keyPrefix = freshPrefix();
    const budget = processBudget(keyPrefix, 1_000);
    const lease = 1_000 * LEASE_SHARE;
    await budget.consume('ip:1', 1);
    expect(await counterOf(keyPrefix)).toBe(1 + lease);
    for (let spent = 0; spent < lease; spent++) await budget.consume('ip:1', 1);
    expect(await counterOf(keyPrefix)).toBe(1 + lease);
    await budget.consume('ip:1', 3);
    expect(await counterOf(keyPrefix)).toBe(1 + lease + 3 + lease);
  });

  it('never admits more than the limit across processes, and at most a lease per process less', async () => {
    const keyPrefix = freshPrefix();
    const limit = 5_000;
    const processes = [processBudget(keyPrefix, limit), processBudget(keyPrefix, limit)];
    const weights = Array.from({ length: 300 }, (_, index) => 1 + ((index * 7) % 40));
    const spent = await Promise.all(processes.map((budget) => admitted(budget, 'ip:2', weights)));
    const total = spent[0]! + spent[1]!;
    expect(total).toBeLessThanOrEqual(limit);
    // Unspent: at most a lease in each process, and what was left when the first request was refused.
    expect(total).toBeGreaterThan(limit - processes.length * limit * LEASE_SHARE - 40);
    for (const budget of processes) {
      const refusal = await budget.consume('ip:2', 40).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RateLimitedError);
      expect((refusal as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await admitted(processes[0]!, 'ip:3', [40])).toBe(40);
  });

  it('reserves a request heavier than a lease exactly, refusing it when the rest of the limit is less', async () => {
    const keyPrefix = freshPrefix();
    const budget = processBudget(keyPrefix, 1_000);
    await budget.consume('ip:4', 600);
    await budget.consume('ip:4', 300);
    expect(await counterOf(keyPrefix)).toBe(600 + 10 + 290 + 10);
    await expect(budget.consume('ip:4', 200)).rejects.toBeInstanceOf(RateLimitedError);
    // A refused request counts, as with RequestThrottle.consume; what is left of the lease stays spendable.
    await budget.consume('ip:4', 10);
    await expect(budget.consume('ip:4', 1)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('starts afresh when the window ends, leases included', async () => {
    const budget = processBudget(freshPrefix(), 100, 0.2);
    await budget.consume('ip:5', 99);
    await expect(budget.consume('ip:5', 2)).rejects.toBeInstanceOf(RateLimitedError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await budget.consume('ip:5', 99);
  });

  it('gives the requests waiting for a reservation Redis cannot answer that answer, asking once', async () => {
    // A server that takes Redis commands and never answers, counting the reservations sent.
    let reservations = 0;
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', (chunk) => {
        reservations += chunk.toString().match(/^eval(sha)?\r$/gim)?.length ?? 0;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const silent = new Redis({
      port,
      host: '127.0.0.1',
      enableReadyCheck: false,
      disableClientInfo: true,
      maxRetriesPerRequest: null,
    });
    silent.on('error', () => {});
    const throttle = new RequestThrottle({
      redis: silent,
      name: 'cost',
      limit: 1_000,
      windowSeconds: 60,
      timeoutMs: 200,
    });
    const budget = new LeasedBudget({ throttle, limit: 1_000 });
    try {
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => budget.consume('ip:6', 1)));
      for (const result of results) {
        expect(result.status).toBe('rejected');
        expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ThrottleUnavailableError);
      }
      expect(reservations).toBe(1);
    } finally {
      silent.disconnect();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
