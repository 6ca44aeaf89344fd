/** The first value of each key, in their original order. */
export function uniqueBy<Value>(values: readonly Value[], keyOf: (value: Value) => string): Value[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = keyOf(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first spelling of each value, ignoring letter case. */
export function uniqueIgnoringCase(values: readonly string[]): string[] {
  return uniqueBy(values, (value) => value.toLowerCase());
}
