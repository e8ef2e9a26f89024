import { sessionArea } from './session-drafts';

/*
 * Keeps one kind of draft in this page's memory and, masked, in `storage.session` (see session-drafts.ts), one key per
 * draft (prefix + the draft's own key), so two panels (two windows) never overwrite each other's. Written after a
 * pause in typing, not per keystroke: every storage change is an event to each context listening (it wakes the
 * background's service worker). Flushed when the panel goes away, so its last keystrokes are kept.
 */

const PAUSE_MS = 400;

export interface SessionDraftKeeper<D> {
  /**
   * Keeps the draft in memory, and queues its masked value for the session: a function, called when the write
   * happens, so the secrets are looked for once per pause rather than per keystroke.
   */
  keep(key: string, draft: D, masked: () => unknown): void;
  /** Forgets the draft. Only one this page holds: an empty form opening here must not remove another panel's. */
  drop(key: string): void;
  /** Writes the drafts changed since the last write (also on pagehide). */
  flush(): void;
}

export function createSessionDraftKeeper<D>(prefix: string, memory: Map<string, D>): SessionDraftKeeper<D> {
  const unsent = new Map<string, (() => unknown) | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    // Optional call: the pause's timer can outlive the page's globals (a test environment torn down under it).
    globalThis.removeEventListener?.('pagehide', flush);
    const area = sessionArea();
    if (!area || unsent.size === 0) return;
    const kept: Record<string, unknown> = {};
    const gone: string[] = [];
    for (const [key, masked] of unsent) {
      if (masked) kept[prefix + key] = masked();
      else gone.push(prefix + key);
    }
    unsent.clear();
    if (Object.keys(kept).length > 0) void area.set(kept).catch(() => undefined);
    if (gone.length > 0) void area.remove(gone).catch(() => undefined);
  }

  function toSession(key: string, masked: (() => unknown) | null): void {
    if (!sessionArea()) return;
    unsent.set(key, masked);
    if (timer === undefined) {
      timer = setTimeout(flush, PAUSE_MS);
      addEventListener('pagehide', flush, { once: true });
    }
  }

  return {
    keep(key, draft, masked) {
      memory.set(key, draft);
      toSession(key, masked);
    },
    drop(key) {
      if (memory.delete(key)) toSession(key, null);
    },
    flush,
  };
}
