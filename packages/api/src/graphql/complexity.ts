import { MAX_EXTRACTION_LIMIT } from '@career-navigator/domain';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * The largest size any size argument accepts (extractSkills' limit). The estimate
 * runs before argument validation: a size past its field's own maximum is counted
 * as this much, so validation, not the cost limit, refuses it, with BAD_USER_INPUT
 * naming the argument instead of a cost that repeats the value sent.
 */
const LARGEST_SIZE = MAX_EXTRACTION_LIMIT;

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return Math.min(value.length, LARGEST_SIZE);
  const size = Number(value);
  return Number.isFinite(size) ? Math.min(Math.max(size, 1), LARGEST_SIZE) : 1;
}

/**
 * Complexity of a field returning a list sized by its arguments: the cost of
 * one item times the largest size argument (a number, or a list's length).
 * Arguments left out count with their schema defaults. Size arguments are Int values or
 * lists: operation costs are cached per document and the numbers, flags and list lengths of
 * its variables, not their strings (operation-cost.ts).
 */
export function perItemOf(...sizeArguments: string[]) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
    const sizes = sizeArguments.map((name) => sizeOf(args[name]));
    return 1 + childComplexity * Math.max(1, ...sizes);
  };
}
