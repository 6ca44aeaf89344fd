import * as operations from '@career-navigator/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { ADMIN_EMAIL, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();
let adminToken = '';

beforeAll(async () => {
  adminToken = (await registerUser(api, ADMIN_EMAIL)).token;
});

describe('collection administration', () => {
  it('queues a run an admin asks for, which the admin can then look up', async () => {
    const client = api.client(adminToken);

    const { triggerCollection: run } = await client.request(operations.TriggerCollectionDocument, {
      input: { roles: ['Data Engineer', 'SRE'], locations: ['Germany'], perRoleLimit: 20 },
    });
    expect(run).toMatchObject({
      state: 'QUEUED',
      trigger: 'ADMIN',
      source: 'DEMO',
      roles: ['Data Engineer', 'SRE'],
      locations: ['Germany'],
      maxAgeDays: 30,
      perRoleLimit: 20,
      results: [],
      startedAt: null,
    });
    const jobs = await api.queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.map((job) => job.data)).toEqual([{ kind: 'run', runId: run.id }]);

    const { collectionRun } = await client.request(operations.CollectionRunDocument, { id: run.id });
    expect(collectionRun).toEqual(run);

    const { collectionStatistics } = await client.request(operations.CollectionStatisticsDocument);
    expect(collectionStatistics).toMatchObject({
      totalJobs: 0,
      dailyCreditBudget: api.config.theirStack.dailyCreditBudget,
      lastRun: { id: run.id },
    });
  });

  it('validates the request, naming each offending field', async () => {
    const error = await graphqlErrorOf(
      api.client(adminToken).request(operations.TriggerCollectionDocument, {
        input: { roles: [], maxAgeDays: 0, perRoleLimit: 5_000 },
      }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'roles', message: 'must have at least 1 entry' },
      { field: 'maxAgeDays', message: 'must be between 1 and 365' },
      { field: 'perRoleLimit', message: 'must be between 1 and 1000' },
    ]);
  });

  it('is closed to signed-in users who are not admins', async () => {
    const { token } = await registerUser(api, 'curious@example.com');
    const error = await graphqlErrorOf(
      api
        .client(token)
        .request(operations.TriggerCollectionDocument, { input: { roles: ['Data Engineer'] } }),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(await api.queue.count()).toBe(1);
  });
});
