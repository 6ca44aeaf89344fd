import { mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { ROLLUP_FORMAT, storedRollupFormat } from '../rollups/index.js';
import { RollupCellModel, RollupCounterModel } from '../rollups/rollup.model.js';
import { ingestPostings } from './posting-ingestion.service.js';
import { upgradeRollupFormat, verifyRollups } from './rollup-repair.service.js';

useTestDatabase();

describe('upgradeRollupFormat', () => {
  it('records the format on an empty database without rebuilding', async () => {
    expect(await storedRollupFormat()).toBeNull();
    expect(await upgradeRollupFormat()).toBe(false);
    expect(await storedRollupFormat()).toBe(ROLLUP_FORMAT);
  });

  it('rebuilds cells written before formats were recorded, once', async () => {
    await ingestPostings([mappedPosting(1, { skills: ['python', 'docker'] }), mappedPosting(2)], {
      clock: systemClock,
    });
    // Cells as an older release wrote them: no market-wide pairs, no salary buckets of all postings.
    await RollupCounterModel.deleteOne({ _id: 'cell-format' });
    await RollupCellModel.collection.updateMany({}, { $unset: { p: '', sb: '', rs: '' } });
    expect(await storedRollupFormat()).toBe(1);
    expect((await verifyRollups()).consistent).toBe(false);

    expect(await upgradeRollupFormat()).toBe(true);
    expect((await verifyRollups()).consistent).toBe(true);
    expect(await storedRollupFormat()).toBe(ROLLUP_FORMAT);
    expect(await upgradeRollupFormat()).toBe(false);
  });

  it('rebuilds cells of format 2, one document per day and scope, into part documents', async () => {
    await ingestPostings([mappedPosting(1, { skills: ['python', 'docker'] }), mappedPosting(2)], {
      clock: systemClock,
    });
    const cells = RollupCellModel.collection;
    const parts = await cells.find({}).toArray();
    expect(parts.some((part) => String(part._id).includes('#'))).toBe(true);
    // Cells as format 2 wrote them: every counter of a day and scope in one document.
    const merged = new Map<string, Record<string, unknown>>();
    for (const { _id, ...fields } of parts) {
      const id = String(_id).split('#')[0] as string;
      merged.set(id, { ...merged.get(id), ...fields, _id: id });
    }
    await cells.deleteMany({});
    await cells.insertMany([...merged.values()] as never[]);
    await RollupCounterModel.updateOne({ _id: 'cell-format' }, { $set: { seq: 2 } });
    expect((await verifyRollups()).consistent).toBe(false);

    expect(await upgradeRollupFormat()).toBe(true);
    expect((await verifyRollups()).consistent).toBe(true);
    expect(await cells.countDocuments({})).toBe(parts.length);
    expect(await storedRollupFormat()).toBe(ROLLUP_FORMAT);
  });
});
