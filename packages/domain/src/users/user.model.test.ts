import { useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { isDuplicateKeyError } from '../database/index.js';
import { UserModel } from './user.model.js';

useTestDatabase();

describe('User model', () => {
  it('lets exactly one of 20 concurrent inserts of the same email succeed', async () => {
    const attempts = Array.from({ length: 20 }, (_, attempt) =>
      UserModel.create({ email: `Race@Example.com`, hashedPassword: 'x', fullName: `Racer ${attempt}` }),
    );
    const results = await Promise.allSettled(attempts);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    expect(rejected.every((result) => isDuplicateKeyError(result.reason))).toBe(true);
    expect(await UserModel.countDocuments({ email: 'race@example.com' })).toBe(1);
  });

  it('refuses a save based on a stale version', async () => {
    const created = await UserModel.create({
      email: 'stale@example.com',
      hashedPassword: 'x',
      fullName: 'Stale',
    });
    const first = await UserModel.findById(created._id).orFail();
    const second = await UserModel.findById(created._id).orFail();
    first.fullName = 'First writer';
    await first.save();
    second.fullName = 'Second writer';
    await expect(second.save()).rejects.toThrow(/No matching document|version/i);
    expect((await UserModel.findById(created._id).orFail()).fullName).toBe('First writer');
  });
});
