import * as operations from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

async function queuedRoles(): Promise<string[]> {
  const jobs = await api.queue.getJobs(['waiting', 'delayed', 'prioritized']);
  return jobs.map((job) => (job.data.kind === 'role' ? job.data.role : job.data.kind)).sort();
}

describe('target roles are stored once and collected from register on, over HTTP', () => {
  it('register keeps the first spelling, reports the duplicate and schedules collection like updateProfile', async () => {
    const { register } = await api.client().request(operations.RegisterDocument, {
      input: {
        email: 'roles-once@example.com',
        password: STRONG_PASSWORD,
        fullName: 'Rory Roles',
        targetRoles: ['Frontend Developer', 'Sr. Frontend Developer', 'Data Engineer', 'frontend developer'],
        location: 'Berlin, Germany',
      },
    });
    expect(register.user.targetRoles).toEqual(['Frontend Developer', 'Data Engineer']);
    expect(register.duplicateTargetRoles).toEqual([
      { role: 'Sr. Frontend Developer', sameAs: 'Frontend Developer' },
      { role: 'frontend developer', sameAs: 'Frontend Developer' },
    ]);
    expect(register.scheduledCollections).toEqual({
      enqueued: ['Frontend Developer', 'Data Engineer'],
      alreadyPending: [],
      fresh: [],
    });
    expect(register.schedulingError).toBeNull();
    expect(await queuedRoles()).toEqual(['Data Engineer', 'Frontend Developer']);
    const jobs = await api.queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.map((job) => job.data)).toEqual(
      expect.arrayContaining([
        { kind: 'role', role: 'Frontend Developer', locations: ['Berlin, Germany'], trigger: 'profile' },
      ]),
    );

    // A second account naming the same roles finds them already pending, as updateProfile would.
    const { register: second } = await api.client().request(operations.RegisterDocument, {
      input: {
        email: 'roles-twice@example.com',
        password: STRONG_PASSWORD,
        fullName: 'Second Person',
        targetRoles: ['Front-end Developer'],
      },
    });
    expect(second.scheduledCollections).toEqual({
      enqueued: [],
      alreadyPending: ['Front-end Developer'],
      fresh: [],
    });

    const { updateProfile } = await api
      .client(register.accessToken)
      .request(operations.UpdateProfileDocument, {
        input: { targetRoles: ['Data Engineer', 'Senior Data Engineer', 'Backend Developer'] },
      });
    expect(updateProfile.user.targetRoles).toEqual(['Data Engineer', 'Backend Developer']);
    expect(updateProfile.duplicateTargetRoles).toEqual([
      { role: 'Senior Data Engineer', sameAs: 'Data Engineer' },
    ]);
    expect(updateProfile.scheduledCollections?.enqueued).toEqual(['Backend Developer']);
  });

  it('register without target roles schedules nothing and reports nothing', async () => {
    const { register } = await api.client().request(operations.RegisterDocument, {
      input: { email: 'no-roles@example.com', password: STRONG_PASSWORD, fullName: 'Nora None' },
    });
    expect(register.scheduledCollections).toEqual({ enqueued: [], alreadyPending: [], fresh: [] });
    expect(register.duplicateTargetRoles).toEqual([]);
  });
});
