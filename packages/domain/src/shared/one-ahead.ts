/**
 * Yields what `source` yields, asking it for the next item while the consumer
 * works on the current one. When the consumer stops early, the item asked for
 * is waited for (and dropped) before `source` is closed, so nothing it does is
 * left running.
 */
export async function* oneAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = source.next();
      // Its failure surfaces when it is awaited, after the current item; until then it is not unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}
