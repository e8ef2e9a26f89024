import { NOTES_CHANGED_KEY } from '@/lib/background/reminders';

/**
 * After a change to a case's follow-up or status: bump a stamp in `storage.local`, whose change event wakes the
 * background worker so it re-schedules its alarms (Dexie's own change notification cannot wake a stopped worker).
 */
export function pokeReminders(): void {
  void browser.storage.local.set({ [NOTES_CHANGED_KEY]: Date.now() }).catch(() => undefined);
}
