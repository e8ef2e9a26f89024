import { describe, expect, it } from 'vitest';
import { createRescanScheduler, type Timers } from '@/lib/page-watch';

/** Manual clock: timers fire only when the test advances time. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    now: () => now,
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { timers, advance };
}

function setup(maxScansPerPage = 25) {
  const { timers, advance } = fakeTimers();
  let pageState = 'a';
  let scans = 0;
  const reports: string[] = [];
  const scheduler = createRescanScheduler(
    () => {
      scans++;
      return { fingerprint: pageState, value: pageState };
    },
    (v) => reports.push(v),
    timers,
    { debounceMs: 400, maxWaitMs: 2000, maxScansPerPage },
  );
  return { scheduler, advance, reports, setState: (s: string) => (pageState = s), scans: () => scans };
}

describe('createRescanScheduler', () => {
  it('reports on the first run and not again while the result is unchanged', () => {
    const s = setup();
    s.scheduler.runNow(true);
    s.scheduler.onChange();
    s.advance(500);
    expect(s.reports).toEqual(['a']);
    expect(s.scans()).toBe(2);
  });

  it('debounces a burst of changes into one extraction', () => {
    const s = setup();
    s.scheduler.runNow(true);
    for (let i = 0; i < 10; i++) {
      s.scheduler.onChange();
      s.advance(100);
    }
    s.setState('b');
    s.advance(400);
    expect(s.scans()).toBe(2);
    expect(s.reports).toEqual(['a', 'b']);
  });

  it('extracts within maxWait even when changes never stop', () => {
    const s = setup();
    s.scheduler.runNow(true);
    s.setState('b');
    for (let i = 0; i < 30; i++) {
      s.scheduler.onChange();
      s.advance(100);
    }
    expect(s.reports).toContain('b');
  });

  it('stops after its per-page budget of changed results and resets on a new page', () => {
    const s = setup(2);
    s.scheduler.runNow(true);
    for (let i = 0; i < 2; i++) {
      expect(s.scheduler.onChange()).toBe(true);
      s.setState(`changed-${i}`);
      s.advance(500);
    }
    expect(s.scheduler.onChange()).toBe(false);
    s.scheduler.runNow(true);
    expect(s.scheduler.onChange()).toBe(true);
  });

  it('keeps reading a page whose noise changes nothing, so orders that arrive late are still seen', () => {
    const s = setup(2);
    s.scheduler.runNow(true);
    // A countdown ticking for a minute: 30 extractions, none of them new.
    for (let i = 0; i < 30; i++) {
      expect(s.scheduler.onChange()).toBe(true);
      s.advance(2000);
    }
    s.setState('page 2');
    s.scheduler.onChange();
    s.advance(500);
    expect(s.reports).toEqual(['a', 'page 2']);
  });

  // Review s21: a text rewritten every 500 ms (a countdown, once the watcher saw text changes) ended a 400 ms quiet
  // spell at every tick: 41 reads in 20 s instead of the one per maxWait the policy promises.
  it('reads a page whose noise ticks slower than the debounce at most once per maxWait', () => {
    const s = setup();
    s.scheduler.runNow(true);
    for (let i = 0; i < 40; i++) {
      s.scheduler.onChange();
      s.advance(500);
    }
    // The first read, three reads at the ticks while the page might still be loading, then one per 2 s.
    expect(s.scans()).toBeLessThanOrEqual(1 + 3 + 10);
    expect(s.scans()).toBeGreaterThanOrEqual(1 + 3 + 8);
    // Orders that arrive meanwhile are read within maxWait of the next change.
    s.setState('b');
    s.scheduler.onChange();
    s.advance(2000);
    expect(s.reports).toEqual(['a', 'b']);
  });

  it('reads the order cards of a loading page at the debounce, after a read of its ads found nothing new', () => {
    const s = setup();
    s.scheduler.runNow(true);
    s.scheduler.onChange(); // an ad
    s.advance(450);
    s.setState('cards');
    s.scheduler.onChange();
    s.advance(400);
    expect(s.reports).toEqual(['a', 'cards']);
  });

  it('reads a real change at the debounce after a quiet page, not held back by an old idle spell', () => {
    const s = setup();
    s.scheduler.runNow(true);
    for (let i = 0; i < 5; i++) {
      s.scheduler.onChange();
      s.advance(500); // reads that found nothing new
    }
    s.advance(5000);
    s.setState('b');
    s.scheduler.onChange();
    s.advance(400);
    expect(s.reports).toEqual(['a', 'b']);
  });

  it('reports the same result again after navigation (the new tab record needs it)', () => {
    const s = setup();
    s.scheduler.runNow(true);
    s.scheduler.runNow(true);
    expect(s.reports).toEqual(['a', 'a']);
  });
});
