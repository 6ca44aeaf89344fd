import { useEffect, useRef } from 'react';

const RETRY_EVERY_MS = 4_000;
/** A demo collection takes seconds and a real one about a minute; past this the role simply has no data. */
const GIVE_UP_AFTER_MS = 120_000;

/**
 * While `missing` (a NOT_FOUND for a role whose postings may still be being collected), calls
 * `retry` every few seconds for up to two minutes. Returns whether it is still trying.
 */
export function useRetryWhileCollecting(missing: boolean, retry: () => void): boolean {
  const since = useRef<number | null>(null);
  const retryRef = useRef(retry);
  retryRef.current = retry;
  if (!missing) since.current = null;
  else since.current ??= Date.now();
  const trying = since.current !== null && Date.now() - since.current <= GIVE_UP_AFTER_MS;
  useEffect(() => {
    if (!trying) return;
    const timer = setInterval(() => retryRef.current(), RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [trying]);
  return trying;
}
