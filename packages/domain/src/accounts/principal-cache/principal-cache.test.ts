import { useTestRedisClient } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { PrincipalCache } from './principal-cache.js';
import { UserVersions } from './user-versions.js';

const testRedis = useTestRedisClient();

interface Profile {
  name: string;
}

/** A store of profiles that counts its reads, standing in for the users collection. */
function profileStore() {
  const profiles = new Map<string, Profile>();
  let reads = 0;
  return {
    profiles,
    get reads() {
      return reads;
    },
    load: async (userId: string) => {
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const profile = profiles.get(userId);
      return profile ? { ...profile } : null;
    },
  };
}

/** Two processes' caches over one Redis: each has its own memory, they share the versions. */
function twoProcesses(store: ReturnType<typeof profileStore>) {
  const versions = () => new UserVersions({ redis: testRedis.client, keyPrefix: testRedis.prefix });
  return [
    new PrincipalCache<Profile>({ versions: versions(), load: store.load }),
    new PrincipalCache<Profile>({ versions: versions(), load: store.load }),
  ] as const;
}

describe('PrincipalCache', () => {
  it('reads an unchanged user from the store once', async () => {
    const store = profileStore();
    store.profiles.set('u1', { name: 'Ada' });
    const [cache] = twoProcesses(store);
    for (let i = 0; i < 5; i++) expect(await cache.get('u1')).toEqual({ name: 'Ada' });
    expect(store.reads).toBe(1);
    expect(cache.isVersioned((await cache.get('u1')) as Profile)).toBe(true);
  });

  it('lets concurrent misses for one user share one read', async () => {
    const store = profileStore();
    store.profiles.set('u2', { name: 'Grace' });
    const [cache] = twoProcesses(store);
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('u2')));
    expect(new Set(answers.map((answer) => answer?.name))).toEqual(new Set(['Grace']));
    expect(store.reads).toBe(1);
  });

  it("shows one process's write to the other on its next read", async () => {
    const store = profileStore();
    store.profiles.set('u3', { name: 'Before' });
    const [writer, reader] = twoProcesses(store);
    expect(await reader.get('u3')).toEqual({ name: 'Before' });
    store.profiles.set('u3', { name: 'After' });
    await writer.invalidate('u3');
    expect(await reader.get('u3')).toEqual({ name: 'After' });
    expect(await writer.get('u3')).toEqual({ name: 'After' });
  });

  it('answers null at once for a user deleted by another process', async () => {
    const store = profileStore();
    store.profiles.set('u4', { name: 'Leaving' });
    const [writer, reader] = twoProcesses(store);
    expect(await reader.get('u4')).not.toBeNull();
    store.profiles.delete('u4');
    await writer.invalidate('u4');
    expect(await reader.get('u4')).toBeNull();
  });

  it('reads the store on every request while Redis is unreachable, marking those reads unversioned', async () => {
    const store = profileStore();
    store.profiles.set('u5', { name: 'Offline' });
    const unreachable = new Redis({
      port: 1,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => {});
    const errors: unknown[] = [];
    const cache = new PrincipalCache<Profile>({
      versions: new UserVersions({ redis: unreachable }),
      load: store.load,
      onRedisError: (error) => errors.push(error),
    });
    const principals = [await cache.get('u5'), await cache.get('u5')] as Profile[];
    expect(principals).toEqual([{ name: 'Offline' }, { name: 'Offline' }]);
    expect(principals.map((principal) => cache.isVersioned(principal))).toEqual([false, false]);
    expect(store.reads).toBe(2);
    expect(errors).toHaveLength(2);
    unreachable.disconnect();
  });
});
