import { liveQuery } from 'dexie';
import type { MessageKey } from '../i18n';
import { ACTIVE_STATUSES, ALARM_PREFIX, type Case, caseIdFromAlarm, type NotesStore, reminderAlarms } from '../notes';
import { openPanelIn, panelNeedsWindow } from '../panel/open-panel';

/** `storage.local` key an extension page bumps after changing a follow-up or status: wakes the worker to re-sync. */
export const NOTES_CHANGED_KEY = 'notesChangedAt';
/** `storage.session` key: the case a clicked reminder asks the side panel to select. */
export const OPEN_CASE_KEY = 'openCase';
/** The one notification that lists the follow-ups already overdue when the browser starts. */
export const OVERDUE_NOTIFICATION_ID = 'followup-overdue';
/** `storage.session`: which overdue follow-ups were already announced since the browser started. */
const ANNOUNCED_KEY = 'notesRemindersAnnounced';
export const REMINDER_ICON = '/icon/128.png';
const LISTED_IN_OVERDUE = 5;

interface Listenable<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}
interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The part of the extension API reminders use (method syntax so the real `browser` and the fake both fit). */
export interface ReminderBrowser {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    onAlarm: Listenable<(alarm: { name: string }) => void>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: Listenable<(id: string) => void>;
  };
  storage: {
    session?: StorageAreaLike;
    onChanged: Listenable<(changes: Record<string, unknown>, areaName: string) => void>;
  };
  runtime: { getURL(path: string): string };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  windows?: { getLastFocused(): Promise<{ id?: number }> };
}

export interface ReminderOptions {
  now?: () => number;
  /** Opens the side panel after a notification click; default: Chrome's `sidePanel.open` or Firefox's sidebar. */
  openPanel?: () => Promise<void>;
  /** Re-sync on every change of the cases table seen by Dexie (default true; tests may turn it off). */
  observe?: boolean;
  /**
   * How long the start-up overdue announcement waits (default 1 s). A worker woken by a follow-up alarm gets the
   * `onAlarm` event right after start; by then that case is already due, and it must get its own reminder rather
   * than a second, "overdue" one.
   */
  overdueDelayMs?: number;
  /** Alarms that ring within this long of the first share one notification (default 500 ms). */
  groupWindowMs?: number;
}

/** Follow-up alarms at once: below Chrome's 500 per extension, with room for others. */
export const MAX_REMINDER_ALARMS = 400;

export interface Reminders {
  /** Settles when the start-up sync and the overdue announcement are done. */
  ready: Promise<void>;
  /** Makes the `followup:*` alarms match the database (serialised: overlapping calls coalesce). */
  sync(): Promise<void>;
  stop(): void;
}

/**
 * Follow-up reminders for the background worker.
 *
 * Alarms survive a worker shutdown but not everything else does, and the cases may have changed while the worker
 * slept, so on every start the `followup:*` alarms are made to match `reminderAlarms(cases)`: stale ones cleared,
 * missing or moved ones (re)created. (A diff rather than clear-all-then-create: no window without an alarm, and
 * an alarm due now is not dropped by a worker that happens to start at that moment.)
 *
 * Staying in sync uses both mechanisms, because each covers the other's gap:
 * - a Dexie `liveQuery` over the scheduled cases: sees every change (any page, import, undo) while the worker is
 *   alive, with no cooperation from the writer;
 * - `storage.onChanged` of `NOTES_CHANGED_KEY`, which the panel bumps after changing a follow-up or status: a
 *   storage event wakes a stopped worker, while Dexie's cross-context notification cannot.
 *
 * Listeners are added synchronously, as MV3 requires for events to wake the worker.
 */
export function setUpReminders(
  store: NotesStore,
  api: ReminderBrowser = browser as unknown as ReminderBrowser,
  options: ReminderOptions = {},
): Reminders {
  const now = options.now ?? Date.now;
  const tr = (key: MessageKey, substitutions?: string | string[]) => api.i18n.getMessage(key, substitutions) || key;
  const openPanel = options.openPanel ?? defaultOpenPanel(api);
  // Without storage.session (older Firefox) the announced set lives as long as the background does.
  let memoryAnnounced: string[] = [];

  const announcedStamp = (c: Case) => `${c.id}@${c.followUpAt ?? ''}`;
  async function readAnnounced(): Promise<Set<string>> {
    if (!api.storage.session) return new Set(memoryAnnounced);
    const value = (await api.storage.session.get(ANNOUNCED_KEY))[ANNOUNCED_KEY];
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  }
  async function markAnnounced(cases: readonly Case[]): Promise<void> {
    const all = await readAnnounced();
    for (const c of cases) all.add(announcedStamp(c));
    // Bounded: only the newest stamps matter (old follow-ups were moved or resolved).
    const list = [...all].slice(-500);
    if (api.storage.session) await api.storage.session.set({ [ANNOUNCED_KEY]: list });
    else memoryAnnounced = list;
  }

  async function applyAlarms(): Promise<void> {
    // Chrome keeps at most 500 alarms per extension: the soonest follow-ups get one, and each alarm that rings
    // syncs again (onAlarm), so the later ones get theirs as the earlier ones pass.
    const scheduled = await store.allScheduledFollowUps();
    const wanted = reminderAlarms(scheduled, now()).slice(0, MAX_REMINDER_ALARMS);
    const wantedAt = new Map(wanted.map((a) => [a.name as string, a.when]));
    // An alarm already due stays until it rings: Chrome rings it at its next poll (up to 30 s late for a packed
    // extension), and a running worker announces nothing as overdue, so clearing it here lost that reminder.
    const dueAt = new Map(scheduled.map((c) => [`${ALARM_PREFIX}${c.id}`, c.followUpAt]));
    const existing = (await api.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
    for (const alarm of existing) {
      const keep = wantedAt.get(alarm.name) ?? (alarm.scheduledTime <= now() ? dueAt.get(alarm.name) : undefined);
      if (keep !== alarm.scheduledTime) await api.alarms.clear(alarm.name);
    }
    for (const alarm of wanted) {
      if (!existing.some((a) => a.name === alarm.name && a.scheduledTime === alarm.when)) {
        await api.alarms.create(alarm.name, { when: alarm.when });
      }
    }
  }

  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  const sync = (): Promise<void> => {
    if (queued) return queued;
    const run = chain.then(() => {
      queued = null;
      return applyAlarms();
    });
    queued = run;
    chain = run.catch(() => undefined);
    return run;
  };

  // Both kinds of notification go through one queue, so "already announced?" and "mark announced" of one cannot
  // interleave with the other's: a case is announced once, by whichever comes first.
  let announcing: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>): Promise<void> => {
    const run = announcing.then(task);
    announcing = run.catch(() => undefined);
    return run;
  };
  /** Cases whose alarm fired in this worker's life: their own reminder covers them. */
  const alarmed = new Set<string>();

  async function announceOverdue(): Promise<void> {
    const announced = await readAnnounced();
    const due = (await store.dueFollowUps(now())).filter(
      (c) => !alarmed.has(c.id) && !announced.has(announcedStamp(c)),
    );
    if (due.length === 0) return;
    const lines = listed(due);
    if (due.length > LISTED_IN_OVERDUE) lines.push(tr('notesOverdueMore', String(due.length - LISTED_IN_OVERDUE)));
    // A click opens the first case listed: several say so, and where the rest are.
    lines.push(tr(due.length === 1 ? 'notesReminderOpen' : 'notesRemindersOpen'));
    await api.notifications.create(OVERDUE_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: api.runtime.getURL(REMINDER_ICON),
      title: tr('notesOverdueTitle', String(due.length)),
      message: lines.join('\n'),
    });
    await markAnnounced(due);
  }

  /**
   * The reminder of the follow-ups whose alarms rang together: one case with its last promise, or several listed in
   * one notification (twenty cases set for the same time are not twenty notifications). Named after the first
   * case, which a click opens.
   */
  async function notifyFollowUps(caseIds: readonly string[]): Promise<void> {
    const announced = await readAnnounced();
    const due: Case[] = [];
    for (const caseId of new Set(caseIds)) {
      const c = await store.getCase(caseId);
      // A stale alarm (case deleted, resolved, or its follow-up moved later) says nothing.
      if (!c || !ACTIVE_STATUSES.includes(c.status) || c.followUpAt === undefined || c.followUpAt > now() + 60_000) {
        continue;
      }
      // Already in an "overdue" notification (the alarm arrived late, after the start-up announcement).
      if (!announced.has(announcedStamp(c))) due.push(c);
    }
    const [first] = due;
    if (!first) return;
    const lines = due.length === 1 ? [first.title] : listed(due);
    if (due.length > LISTED_IN_OVERDUE) lines.push(tr('notesOverdueMore', String(due.length - LISTED_IN_OVERDUE)));
    if (due.length === 1) {
      const entries = await store.listEntries(first.id);
      const promised = [...entries].reverse().find((e) => e.promised)?.promised;
      if (promised) lines.push(tr('notesReminderPromised', promised));
    }
    lines.push(tr(due.length === 1 ? 'notesReminderOpen' : 'notesRemindersOpen'));
    await api.notifications.create(`${ALARM_PREFIX}${first.id}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL(REMINDER_ICON),
      title: due.length === 1 ? tr('notesReminderTitle') : tr('notesRemindersTitle', String(due.length)),
      message: lines.join('\n'),
    });
    // The next worker start must not announce them again as "overdue".
    await markAnnounced(due);
  }

  async function openFromNotification(notificationId: string, opening: Promise<void>): Promise<void> {
    let caseId = caseIdFromAlarm(notificationId);
    if (notificationId === OVERDUE_NOTIFICATION_ID) caseId = (await store.dueFollowUps(now()))[0]?.id ?? null;
    // Taken away even when nothing is left to open (its cases resolved since): a second click would do nothing again.
    await api.notifications.clear(notificationId);
    // The panel reads this on load, or sees it change if it is already open.
    if (caseId) await api.storage.session?.set({ [OPEN_CASE_KEY]: caseId });
    await opening.catch(() => undefined);
  }

  const groupWindow = options.groupWindowMs ?? 500;
  let ringing: string[] = [];
  let ringTimer: ReturnType<typeof setTimeout> | undefined;
  const onAlarm = (alarm: { name: string }) => {
    const caseId = caseIdFromAlarm(alarm.name);
    if (!caseId) return;
    alarmed.add(caseId);
    ringing.push(caseId);
    if (ringing.length === 1) {
      ringTimer = setTimeout(() => {
        const caseIds = ringing;
        ringing = [];
        void serially(() => notifyFollowUps(caseIds)).catch(logError);
      }, groupWindow);
    }
    void sync().catch(logError);
  };
  const onClicked = (id: string) => {
    if (id !== OVERDUE_NOTIFICATION_ID && !caseIdFromAlarm(id)) return;
    // Opening a panel needs the user's gesture: start it before any await can lose it. It may still be refused;
    // the notification text then tells the user to open Kefu, and the panel selects the case when it opens.
    const opening = openPanel();
    void openFromNotification(id, opening).catch(logError);
  };
  const onStorage = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && NOTES_CHANGED_KEY in changes) void sync().catch(logError);
  };
  api.alarms.onAlarm.addListener(onAlarm);
  api.notifications.onClicked.addListener(onClicked);
  api.storage.onChanged.addListener(onStorage);

  const subscription =
    options.observe === false
      ? null
      : liveQuery(() => store.allScheduledFollowUps()).subscribe({
          next: () => void sync().catch(logError),
          error: logError,
        });

  const overdueDelay = options.overdueDelayMs ?? 1000;
  const overdue = new Promise((resolve) => setTimeout(resolve, overdueDelay)).then(() => serially(announceOverdue));
  const ready = Promise.all([sync(), overdue]).then(
    () => undefined,
    (err: unknown) => logError(err),
  );

  return {
    ready,
    sync,
    stop() {
      clearTimeout(ringTimer);
      subscription?.unsubscribe();
      api.alarms.onAlarm.removeListener(onAlarm);
      api.notifications.onClicked.removeListener(onClicked);
      api.storage.onChanged.removeListener(onStorage);
    },
  };
}

/**
 * The first cases of a notification listing several, one line each: a title shared by two listed cases (two orders
 * of the same product) gets each one's order number, or the lines could not be told apart.
 */
function listed(cases: readonly Case[]): string[] {
  const shown = cases.slice(0, LISTED_IN_OVERDUE);
  const count = new Map<string, number>();
  for (const c of shown) count.set(c.title, (count.get(c.title) ?? 0) + 1);
  return shown.map((c) =>
    (count.get(c.title) ?? 0) > 1 && c.orderId ? `• ${c.title} (${c.orderId})` : `• ${c.title}`,
  );
}

function logError(err: unknown): void {
  console.error('[kefu reminders]', err);
}

/** Chrome's side panel in the last focused window, or Firefox's sidebar; rejects where neither works. */
function defaultOpenPanel(api: ReminderBrowser): () => Promise<void> {
  return () => {
    // Firefox: called at once, inside the notification click.
    if (!panelNeedsWindow() || !api.windows) return openPanelIn(null);
    return api.windows.getLastFocused().then((w) => {
      if (w.id === undefined) throw new Error('no window');
      return openPanelIn(w.id);
    });
  };
}
