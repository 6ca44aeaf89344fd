import { describe, expect, it } from 'vitest';
import { oneAhead } from './one-ahead.js';

/** A source of `count` items that logs when each is asked for, produced and when it is closed. */
function loggedSource(count: number, log: string[], failAt?: number): AsyncGenerator<number> {
  return (async function* () {
    try {
      for (let item = 1; item <= count; item++) {
        log.push(`ask ${item}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (item === failAt) throw new Error(`item ${item} failed`);
        log.push(`got ${item}`);
        yield item;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('oneAhead', () => {
  it('yields every item in order, asking for the next while the consumer works on the current', async () => {
    const log: string[] = [];
    for await (const item of oneAhead(loggedSource(3, log))) {
      log.push(`use ${item} begins`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push(`use ${item} ends`);
    }
    expect(log).toEqual([
      'ask 1',
      'got 1',
      'ask 2',
      'use 1 begins',
      'got 2',
      'use 1 ends',
      'ask 3',
      'use 2 begins',
      'got 3',
      'use 2 ends',
      // Asked for what follows item 3, the source ends while item 3 is used.
      'closed',
      'use 3 begins',
      'use 3 ends',
    ]);
  });

  it('waits for the item asked for and closes the source when the consumer fails', async () => {
    const log: string[] = [];
    const consume = async () => {
      for await (const item of oneAhead(loggedSource(5, log))) {
        log.push(`use ${item}`);
        throw new Error('the consumer failed');
      }
    };
    await expect(consume()).rejects.toThrow('the consumer failed');
    expect(log).toEqual(['ask 1', 'got 1', 'ask 2', 'use 1', 'got 2', 'closed']);
  });

  it("reports the source's failure after the item before it is used, never as an unhandled rejection", async () => {
    const log: string[] = [];
    const consume = async () => {
      for await (const item of oneAhead(loggedSource(3, log, 2))) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(`used ${item}`);
      }
    };
    await expect(consume()).rejects.toThrow('item 2 failed');
    expect(log).toEqual(['ask 1', 'got 1', 'ask 2', 'closed', 'used 1']);
  });
});
