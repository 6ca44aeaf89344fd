import { LoginDocument, RegisterDocument, UpdateProfileDocument } from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { SCHEDULING_FAILED_MESSAGE } from '../role-scheduling/index.js';
import { createAccountDirectly } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

/** Nothing listens on port 1: every Redis command fails. */
const DEAD_REDIS = 'redis://127.0.0.1:1';

const api = useTestApi({ requestRedisUrl: DEAD_REDIS, queueRedisUrl: DEAD_REDIS, schedulingTimeoutMs: 500 });

describe('with Redis unreachable', () => {
  it('reports not ready, naming Redis, while liveness still answers', async () => {
    const ready = await fetch(`${api.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { mongodb: 'up', redis: 'down' } });
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
  });

  it('still saves a profile, saying the new roles were not scheduled', async () => {
    const { token } = await createAccountDirectly(api, 'offline-queue@example.com');
    const { updateProfile } = await api
      .client(token)
      .request(UpdateProfileDocument, { input: { targetRoles: ['Data Engineer'] } });
    expect(updateProfile.user.targetRoles).toEqual(['Data Engineer']);
    expect(updateProfile.scheduledCollections).toBeNull();
    expect(updateProfile.schedulingError).toBe(SCHEDULING_FAILED_MESSAGE);
  });

  it('refuses sign-in rather than skip the throttle', async () => {
    await createAccountDirectly(api, 'unthrottled@example.com');
    const error = await graphqlErrorOf(
      api.client().request(LoginDocument, { email: 'unthrottled@example.com', password: STRONG_PASSWORD }),
    );
    expect(error).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(error.extensions.requestId).toEqual(expect.any(String));
  });

  it('refuses sign-up rather than skip its throttle', async () => {
    const error = await graphqlErrorOf(
      api.client().request(RegisterDocument, {
        input: {
          email: 'unthrottled-signup@example.com',
          password: STRONG_PASSWORD,
          fullName: 'No Throttle',
        },
      }),
    );
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
