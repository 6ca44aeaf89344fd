import { describe, expect, it } from 'vitest';
import { addAtPaths, decodeCounters, encodeCounters } from './counter-encoding.js';

describe('counter encoding', () => {
  const plain = new Set(['_id', 'seq']);

  it('stores each family as a JSON string and gives back what it stored', () => {
    const cell = { _id: 'c', seq: 4, n: 2, s: { react: 2 }, sl: { berlin: { n: 1, lo: 50_000 } } };
    const stored = encodeCounters(cell, plain);
    expect(stored).toEqual({ _id: 'c', seq: 4, n: 2, s: '{"react":2}', sl: '{"berlin":{"n":1,"lo":50000}}' });
    expect(decodeCounters(stored, plain)).toEqual(cell);
    // Nested counters, as earlier releases stored cells, are read as they are.
    expect(decodeCounters(cell, plain)).toEqual(cell);
  });

  it('adds amounts at dotted paths, creating what is missing', () => {
    const cell = { n: 1, s: { react: 1 } };
    addAtPaths(cell, ['n', 's.react', 's.vue', 'sl.berlin.lo'], [1, 2, 1, 40_000]);
    expect(cell).toEqual({ n: 2, s: { react: 3, vue: 1 }, sl: { berlin: { lo: 40_000 } } });
  });

  it('counts keys named like Object properties as counters', () => {
    const cell = JSON.parse('{"l":{"constructor":2}}');
    addAtPaths(cell, ['l.constructor', 'l.__proto__', 'l.toString', '__proto__.n'], [1, 3, 1, 1]);
    expect(Object.getPrototypeOf(cell.l)).toBe(Object.prototype);
    expect(Object.entries(cell.l)).toEqual([
      ['constructor', 3],
      ['__proto__', 3],
      ['toString', 1],
    ]);
    expect(JSON.parse(JSON.stringify(cell))).toEqual(
      JSON.parse('{"l":{"constructor":3,"__proto__":3,"toString":1},"__proto__":{"n":1}}'),
    );
  });
});
