import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Preact version of dexie-react-hooks' `useLiveQuery` (that package imports React). Re-runs `querier` whenever
 * the tables/ranges it read change — in this page, another extension page or the background worker (Dexie
 * propagates changes between contexts). Returns `initial` until the first result; keeps the last good value if
 * a later run fails and reports the error to `onError`.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
  initial: T,
  onError?: (err: unknown) => void,
): T {
  const [value, setValue] = useState<T>(initial);
  // The caller lists what `querier` depends on, as with useEffect.
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (next) => setValue(() => next),
      error: (err: unknown) => onError?.(err),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
