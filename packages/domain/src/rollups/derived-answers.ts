import { LRUCache } from 'lru-cache';
import type { RollupTotals } from './rollup-totals.js';

/** Distinct keys (thresholds, skill sets, limits) remembered per combination of totals. */
const MAX_ANSWERS_PER_TOTALS = 256;

interface Node {
  next: WeakMap<RollupTotals, Node>;
  answers?: LRUCache<string, { value: unknown }>;
}

const roots: Node = { next: new WeakMap() };

function nodeFor(totals: readonly RollupTotals[]): Node {
  let node = roots;
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

/**
 * What an answer derives from shared window totals (which are never changed once summed)
 * and a key of its other inputs, computed once per totals and key however many requests
 * ask: it lives as long as the totals it was derived from. Callers get a shared value and
 * must not change it.
 */
export function derivedFrom<T>(totals: readonly RollupTotals[], key: string, compute: () => T): T {
  const node = nodeFor(totals);
  node.answers ??= new LRUCache({ max: MAX_ANSWERS_PER_TOTALS });
  const known = node.answers.get(key);
  if (known) return known.value as T;
  const value = compute();
  node.answers.set(key, { value });
  return value;
}
