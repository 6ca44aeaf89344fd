import { storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { ensurePostingIndexes } from './posting.repository.js';

useTestDatabase();

describe('ensurePostingIndexes', () => {
  it('keeps the indexes of the first-seen count and the cleanup, dropping those of older versions no query used', async () => {
    const postings = storedCollection('job_postings');
    await postings.insertOne({ _id: 'demo:1' as never, skills: ['react'] });
    await postings.createIndex({ skills: 1 });
    await postings.createIndex({ company: 1 });
    await ensurePostingIndexes();
    expect((await postings.indexes()).map((index) => index.name).sort()).toEqual([
      '_id_',
      'firstSeenAt_1',
      'lastSeenAt_1',
    ]);
  });
});
