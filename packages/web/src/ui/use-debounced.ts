import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs`: one autocomplete request per pause, not per key. */
export function useDebounced<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
