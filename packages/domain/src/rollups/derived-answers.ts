import { LRUCache } from 'lru-cache';
import type { RollupTotals } from './rollup-totals.js';

/** Distinct keys (thresholds, skill sets, limits) remembered per combination of totals. */
const MAX_ANSWERS_PER_TOTALS = 256;

interface Node {
  next: WeakMap<RollupTotals, Node>;
  answers?: LRUCache<string, { value: unknown }>;
}

/**
 * What answers derive from shared window totals (which are never changed once summed)
 * and a key of their other inputs, computed once per totals and key however many requests
 * ask: an answer lives as long as the totals it was derived from. Owned by the WindowTotals
 * whose totals it is keyed on.
 */
export class DerivedAnswers {
  private readonly root: Node = { next: new WeakMap() };

  /** The answer for `key` derived from `totals`; callers get a shared value and must not change it. */
  derive<T>(totals: readonly RollupTotals[], key: string, compute: () => T): T {
    const node = this.nodeFor(totals);
    node.answers ??= new LRUCache({ max: MAX_ANSWERS_PER_TOTALS });
    const known = node.answers.get(key);
    if (known) return known.value as T;
    const value = compute();
    node.answers.set(key, { value });
    return value;
  }

  private nodeFor(totals: readonly RollupTotals[]): Node {
    let node = this.root;
    for (const part of totals) {
      let next = node.next.get(part);
      if (!next) {
        next = { next: new WeakMap() };
        node.next.set(part, next);
      }
      node = next;
    }
    return node;
  }
}
