import { storedCollection, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { ensureRollupIndexes } from './rollup.repository.js';

useTestDatabase();

describe('ensureRollupIndexes', () => {
  it('leaves rollup cells with their primary key only, dropping the scope and day indexes of older versions', async () => {
    const cells = storedCollection('rollup_cells');
    await cells.insertOne({ _id: 'r=*;c=*;m=*|2026-11-01' as never, seq: 1 });
    await cells.createIndex({ scope: 1, day: 1 });
    await cells.createIndex({ day: 1 });
    await ensureRollupIndexes();
    expect((await cells.indexes()).map((index) => index.name)).toEqual(['_id_']);
  });
});
