import { mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/index.js';
import { readsKeySetsByIndex } from '../database/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { readPostingStates } from './posting.repository.js';

useTestDatabase();

describe('reading the stored state of a set of postings', () => {
  it('finds the same states with one $in query as with one read per key, skipping keys not stored', async () => {
    await ingestPostings([mappedPosting(1), mappedPosting(2, { role: 'data engineer' }), mappedPosting(3)], {
      clock: fixedClock('2026-11-20T04:00:00Z'),
    });
    const keys = ['theirstack:1', 'theirstack:2', 'theirstack:404', 'theirstack:3'];

    const byQuery = await readPostingStates(keys, 'in-query');
    const byKey = await readPostingStates(keys, 'per-key');

    expect([...byQuery.keys()].sort()).toEqual(['theirstack:1', 'theirstack:2', 'theirstack:3']);
    expect(new Map([...byQuery].sort())).toEqual(new Map([...byKey].sort()));
    expect(byQuery.get('theirstack:2')).toMatchObject({ roles: ['data engineer'], postedDay: '2026-11-18' });
    expect(await readPostingStates([])).toEqual(new Map());
  });

  it('reads key by key on the dev database, where $in on _id scans the collection', async () => {
    expect(await readsKeySetsByIndex()).toBe(false);
  });
});
