import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

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
  // Which deps are rendered now, counted as they change. The subscription for earlier deps lives until the effects
  // run (the next frame): an answer it gives after a render with other deps is not for what is shown, and is dropped.
  // (The panel can go from order A to B and back before B's query answers: B's answer must not replace A's.)
  const rendered = useRef({ deps, generation: 0 });
  if (!sameDeps(rendered.current.deps, deps)) {
    rendered.current = { deps, generation: rendered.current.generation + 1 };
  }
  // The caller lists what `querier` depends on, as with useEffect.
  useEffect(() => {
    const generation = rendered.current.generation;
    const current = () => rendered.current.generation === generation;
    const subscription = liveQuery(querier).subscribe({
      next: (next) => {
        if (current()) setValue(() => next);
      },
      error: (err: unknown) => {
        if (current()) onError?.(err);
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
