import { useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { JobPostingModel } from './job-posting.model.js';

useTestDatabase();

function upsertByTheirStackId(id: string, title: string, seenAt: Date) {
  return JobPostingModel.updateOne(
    { _id: `theirstack:${id}` },
    {
      $set: {
        title,
        company: 'Acme',
        location: 'Berlin, Germany',
        postedDay: '2026-11-20',
        lastSeenAt: seenAt,
      },
      $setOnInsert: { source: 'theirstack', externalId: id, firstSeenAt: seenAt },
      $addToSet: { roles: 'backend developer' },
    },
    { upsert: true },
  );
}

describe('JobPosting model', () => {
  it('keeps one document when the same TheirStack id is upserted twice, with first-seen kept', async () => {
    const first = new Date('2026-11-20T02:00:00Z');
    const second = new Date('2026-11-21T02:00:00Z');
    await upsertByTheirStackId('657542775', 'Backend Engineer', first);
    await upsertByTheirStackId('657542775', 'Senior Backend Engineer', second);
    const stored = await JobPostingModel.find({ _id: 'theirstack:657542775' }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: 'Senior Backend Engineer',
      firstSeenAt: first,
      lastSeenAt: second,
      roles: ['backend developer'],
    });
  });

  it('enforces the source key as primary key', async () => {
    const base = {
      source: 'demo' as const,
      title: 'Data Engineer',
      company: 'Acme',
      location: 'Remote',
      postedDay: '2026-11-20',
      firstSeenAt: new Date(),
      lastSeenAt: new Date(),
    };
    await JobPostingModel.create({ ...base, _id: 'demo:1' });
    await expect(JobPostingModel.create({ ...base, _id: 'demo:1' })).rejects.toMatchObject({
      code: 11000,
    });
  });
});
