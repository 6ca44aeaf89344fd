// The whole path from a profile change to analytics, across both processes'
// code: the API's updateProfile queues a collection for a new target role, the
// worker (demo source) collects it, and the skill-gap analysis then answers.
import { RegisterDocument, SkillGapAnalysisDocument, UpdateProfileDocument } from '@career-navigator/client';
import { normalizeRole } from '@career-navigator/domain/internal';
import { storedCollection } from '@career-navigator/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, useTestApi } from '../../packages/api/src/test-support/test-api.js';
import { startWorkerBesideApi, type WorkerBesideApi } from '../support/worker-beside-api.js';

const api = useTestApi();
const ROLE = 'Site Reliability Engineer';
let collecting: WorkerBesideApi | undefined;

afterAll(async () => {
  await collecting?.stop();
});

async function signUp(email: string): Promise<string> {
  const { register } = await api.client().request(RegisterDocument, {
    input: { email, password: STRONG_PASSWORD, fullName: 'Role Seeker', skills: ['Linux', 'Python'] },
  });
  return register.accessToken;
}

async function addTargetRole(token: string, role: string) {
  const { updateProfile } = await api
    .client(token)
    .request(UpdateProfileDocument, { input: { targetRoles: [role] } });
  return updateProfile;
}

async function postingsFor(role: string): Promise<number> {
  return storedCollection('job_postings').countDocuments({ roles: normalizeRole(role) });
}

describe('adding a target role', () => {
  it('queues one collection per role while it is pending, then leads to postings and a gap analysis', async () => {
    const first = await signUp('first.seeker@example.com');
    const second = await signUp('second.seeker@example.com');

    const firstUpdate = await addTargetRole(first, ROLE);
    expect(firstUpdate.scheduledCollections).toMatchObject({ enqueued: [ROLE], alreadyPending: [] });
    // Another spelling of the same role while the first job still waits: deduplicated.
    const secondUpdate = await addTargetRole(second, 'SRE');
    expect(secondUpdate.scheduledCollections).toMatchObject({ enqueued: [], alreadyPending: ['SRE'] });
    expect(await api.queue.getWaitingCount()).toBe(1);
    expect(await postingsFor(ROLE)).toBe(0);

    collecting = await startWorkerBesideApi(api, 'system-test-worker');
    expect(collecting.worker.source).toBe('demo');

    const deadline = Date.now() + 60_000;
    while ((await api.queue.getCompletedCount()) < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await postingsFor(ROLE)).toBeGreaterThan(0);

    const { skillGapAnalysis } = await api
      .client(first)
      .request(SkillGapAnalysisDocument, { role: ROLE, days: 30 });
    expect(skillGapAnalysis.totalPostingsAnalyzed).toBe(await postingsFor(ROLE));
    expect(skillGapAnalysis.requiredSkills.length).toBeGreaterThan(0);
    expect(skillGapAnalysis.dataSources).toEqual(['demo']);
  }, 90_000);
});
