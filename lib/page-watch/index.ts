/**
 * Decides when the orders content script extracts again. Amazon's order history arrives as a skeleton that its
 * own JS fills in, and both shops navigate as SPAs, so one extraction at load is not enough; but shop pages also
 * mutate constantly (carousels, ads), so re-extraction is debounced, capped per page, and only reported when the
 * result changed.
 */
export interface RescanPolicy {
  /** Quiet time after the last DOM change before extracting. */
  debounceMs: number;
  /** Extract at the latest this long after the first change of a burst, even if changes keep coming. */
  maxWaitMs: number;
  /**
   * Extractions triggered by DOM changes that changed the result, per page (URL), before the watcher stops listening
   * until navigation (a page whose orders keep changing must not keep the content script busy).
   */
  maxScansPerPage: number;
}

export const DEFAULT_RESCAN_POLICY: RescanPolicy = { debounceMs: 400, maxWaitMs: 2000, maxScansPerPage: 25 };

/** Reads in a row that found nothing new before the watcher reads noise at most once per maxWait. */
const IDLE_AFTER_READS = 3;

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

/**
 * A task run after `debounceMs` of quiet since the last poke, and at the latest `maxWaitMs` after the first poke of a
 * burst: a page that never stops changing (or rewriting its URL) is still read.
 */
export interface Burst {
  poke(task: () => void): void;
  cancel(): void;
}

export function createBurst(timers: Timers, debounceMs: number, maxWaitMs: number): Burst {
  let timer: number | null = null;
  let burstStart = 0;
  return {
    poke(task) {
      const now = timers.now();
      if (timer === null) burstStart = now;
      else timers.clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now));
      timer = timers.setTimeout(() => {
        timer = null;
        task();
      }, wait);
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}

export interface RescanScheduler {
  /** A DOM change happened. Returns false once this page's budget is spent (the caller may stop observing). */
  onChange(): boolean;
  /** Extract right away (first load, explicit rescan) and reset the budget if `newPage`. */
  runNow(newPage?: boolean): void;
  cancel(): void;
}

/** `scan` extracts and returns a fingerprint of the result; `report` is called only when the fingerprint changes. */
export function createRescanScheduler<T>(
  scan: () => { fingerprint: string; value: T },
  report: (value: T) => void,
  timers: Timers,
  policy: RescanPolicy = DEFAULT_RESCAN_POLICY,
): RescanScheduler {
  const changes = createBurst(timers, policy.debounceMs, policy.maxWaitMs);
  let scansLeft = policy.maxScansPerPage;
  let lastFingerprint: string | null = null;
  // After a few reads in a row that found nothing new, the next read waits until maxWait has passed: a countdown or a
  // carousel that ticks more slowly than debounceMs would otherwise end a quiet spell, and cost a read, at every tick.
  // Not after the first such read: a page that is loading (ads, then the order cards) is read at the debounce.
  let idleUntil = 0;
  let readsWithNothingNew = 0;
  let idleTimer: number | null = null;
  const cancelIdle = () => {
    if (idleTimer !== null) timers.clearTimeout(idleTimer);
    idleTimer = null;
  };
  const readAfterChange = () => {
    const wait = idleUntil - timers.now();
    if (wait > 0) {
      idleTimer ??= timers.setTimeout(() => {
        idleTimer = null;
        readAfterChange();
      }, wait);
      return;
    }
    // Only an extraction that found something new spends the budget: a ticking ad or countdown changes nothing
    // and costs at most one extraction per maxWait, and orders that arrive a minute later are still read.
    if (run()) {
      scansLeft--;
      readsWithNothingNew = 0;
    } else if (++readsWithNothingNew >= IDLE_AFTER_READS) idleUntil = timers.now() + policy.maxWaitMs;
  };

  /** Extracts; true when the result changed (and was reported). */
  const run = (): boolean => {
    const { fingerprint, value } = scan();
    if (fingerprint === lastFingerprint) return false;
    lastFingerprint = fingerprint;
    report(value);
    return true;
  };

  return {
    onChange() {
      if (scansLeft <= 0) return false;
      changes.poke(readAfterChange);
      return true;
    },
    runNow(newPage = false) {
      changes.cancel();
      cancelIdle();
      idleUntil = 0;
      readsWithNothingNew = 0;
      if (newPage) {
        scansLeft = policy.maxScansPerPage;
        lastFingerprint = null;
      }
      run();
    },
    cancel() {
      changes.cancel();
      cancelIdle();
    },
  };
}
