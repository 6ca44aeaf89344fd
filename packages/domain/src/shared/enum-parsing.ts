import { ValidationError } from '../errors/index.js';

/**
 * One of `allowed` given in any letter case (surrounding spaces ignored);
 * undefined when no value was given, a ValidationError naming `field` otherwise.
 */
export function parseEnumValue<Value extends string>(
  value: string | undefined,
  allowed: readonly Value[],
  field: string,
): Value | undefined {
  if (value === undefined) return undefined;
  const wanted = value.trim().toLowerCase();
  const match = allowed.find((candidate) => candidate.toLowerCase() === wanted);
  if (match === undefined) throw ValidationError.forField(field, `must be one of ${allowed.join(', ')}`);
  return match;
}
