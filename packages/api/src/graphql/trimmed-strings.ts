import { ValidationError } from '@career-navigator/domain';

/**
 * The one rule for text input: every string argument and input field is
 * trimmed before validation sees it, and a string that is empty once trimmed
 * is refused, naming it. Passwords are taken as typed: spaces are characters
 * of a passphrase like any other, so only an empty one is refused.
 */
const TAKEN_AS_TYPED = /password/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  // graphql-js builds input objects without a prototype.
  return prototype === null || prototype === Object.prototype;
}

interface EmptyString {
  field: string;
  message: string;
}

function trimInPlace(
  container: Record<string, unknown> | unknown[],
  path: string,
  empty: EmptyString[],
): void {
  const entries: [string | number, unknown][] = Array.isArray(container)
    ? container.map((value, index) => [index, value])
    : Object.entries(container);
  for (const [key, value] of entries) {
    const fieldPath = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (typeof value === 'string') {
      if (typeof key === 'string' && TAKEN_AS_TYPED.test(key)) {
        if (value === '') empty.push({ field: fieldPath, message: 'must not be empty' });
        continue;
      }
      const trimmed = value.trim();
      if (trimmed === '') empty.push({ field: fieldPath, message: 'must not be empty or only spaces' });
      (container as Record<string | number, unknown>)[key] = trimmed;
    } else if (Array.isArray(value) || isPlainObject(value)) {
      trimInPlace(value, fieldPath, empty);
    }
  }
}

/** Trims `args` in place; throws ValidationError (BAD_USER_INPUT) naming every string left empty. */
export function trimStringArguments(args: Record<string, unknown>): void {
  const empty: EmptyString[] = [];
  trimInPlace(args, '', empty);
  if (empty.length > 0) throw new ValidationError(empty);
}
