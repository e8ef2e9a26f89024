import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  type GuardSettings,
  readGuardSettings,
  writeGuardSettings,
} from '@/lib/guard/settings';

/** A change to the settings, applied to what storage holds when it is written (not to what was last rendered). */
export type GuardSettingsChange = (current: GuardSettings) => GuardSettings;

/**
 * The privacy guard's settings in storage.local (read by the guard content script), kept live.
 *
 * Why changes and not new values: two switches flipped within one storage round trip each computed "everything as
 * rendered, plus my switch" from the same render, and the second write dropped the first. Changes are applied one
 * after another, each to the settings freshly read from storage, and shown at once (the reload that follows each
 * write waits until none is pending, so the switches do not flicker back).
 */
export function useGuardSettings(): [GuardSettings, (change: GuardSettingsChange) => Promise<boolean>] {
  const [settings, setSettings] = useState<GuardSettings>(DEFAULT_GUARD_SETTINGS);
  const shown = useRef(settings);
  const writes = useRef<{ pending: number; last: Promise<unknown> }>({ pending: 0, last: Promise.resolve() });
  const disposed = useRef(false);

  const show = (next: GuardSettings) => {
    shown.current = next;
    if (!disposed.current) setSettings(next);
  };
  const load = () =>
    void readGuardSettings(browser.storage.local).then((s) => {
      if (writes.current.pending === 0) show(s);
    });

  useEffect(() => {
    disposed.current = false;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && GUARD_SETTINGS_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed.current = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const update = (change: GuardSettingsChange): Promise<boolean> => {
    show(change(shown.current));
    const queue = writes.current;
    queue.pending++;
    const written = queue.last
      .then(async () =>
        writeGuardSettings(browser.storage.local, change(await readGuardSettings(browser.storage.local))),
      )
      .catch(() => false)
      .finally(() => {
        if (--queue.pending === 0) load();
      });
    queue.last = written;
    return written;
  };
  return [settings, update];
}
