import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const size = Number(value);
  return Number.isFinite(size) ? size : 1;
}

/**
 * Complexity of a field returning a list sized by its arguments: the cost of
 * one item times the largest size argument (a number, or a list's length).
 * Arguments left out count with their schema defaults.
 */
export function perItemOf(...sizeArguments: string[]) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
    const sizes = sizeArguments.map((name) => sizeOf(args[name]));
    return 1 + childComplexity * Math.max(1, ...sizes);
  };
}
