import { useEffect, useRef } from 'preact/hooks';
import { OPEN_CASE_KEY } from '@/lib/background/reminders';
import type { Case } from '@/lib/notes';
import { notesStore } from '../notes-store';

/**
 * Selects the case a clicked reminder asked for: the background leaves its ID in `storage.session` (`openCase`)
 * because the panel may not be open yet. Read once on load and again whenever it changes; consumed on use.
 */
export function useOpenCase(onOpen: (c: Case) => void): void {
  const latest = useRef(onOpen);
  latest.current = onOpen;
  useEffect(() => {
    const session = browser.storage.session;
    if (!session) return;
    let active = true;
    const take = async () => {
      const value = (await session.get(OPEN_CASE_KEY))[OPEN_CASE_KEY];
      if (typeof value !== 'string' || !active) return;
      await session.remove(OPEN_CASE_KEY);
      const found = await notesStore().getCase(value);
      if (found && active) latest.current(found);
    };
    void take().catch(() => undefined);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && OPEN_CASE_KEY in changes) void take().catch(() => undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
}
