import type { NotesContext } from './context';
import { caseEntries } from './context';
import { ACTIVE_STATUSES, type Case, type Entry, type EntryChannel } from './types';

const isActive = (c: Case) => ACTIVE_STATUSES.includes(c.status);

/** A follow-up whose time has come on a case still open, waiting or escalated: the cases reminders are for. */
export function isOverdue(c: Case, now: number): boolean {
  return isActive(c) && c.followUpAt !== undefined && c.followUpAt <= now;
}

/** Active cases whose follow-up time has come, soonest first. */
export async function dueFollowUps(ctx: NotesContext, now: number): Promise<Case[]> {
  const rows = await ctx.db.cases.where('followUpAt').belowOrEqual(now).sortBy('followUpAt');
  return rows.filter((c) => isOverdue(c, now));
}

/** Every active case with a follow-up (past or future), soonest first. */
export async function allScheduledFollowUps(ctx: NotesContext): Promise<Case[]> {
  // orderBy on an index skips rows without the key: exactly the cases with a follow-up.
  const rows = await ctx.db.cases.orderBy('followUpAt').toArray();
  return rows.filter(isActive);
}

export interface EscalationHistoryItem {
  /** ISO 8601 time of the contact. */
  date: string;
  at: number;
  channel: EntryChannel;
  agent?: string;
  promise?: string;
  reference?: string;
}

export interface EscalationSuggestion {
  reason: 'many-contacts' | 'overdue';
  history: EscalationHistoryItem[];
}

export interface EscalationOptions {
  /** Contacts without a resolution after which escalating is suggested. */
  maxUnresolvedContacts?: number;
}

/**
 * Pure rule: suggest escalating an open/waiting case when it took `maxUnresolvedContacts` contacts or more
 * (the seeds' advice: ask for a supervisor when the first line keeps failing), or when its follow-up time
 * passed and at least one contact was made (something was promised and not delivered). Resolved, closed and
 * already escalated cases get no suggestion. `history` is what an escalation letter cites, oldest first.
 */
export function suggestEscalation(
  c: Case,
  entries: readonly Entry[],
  now: number,
  { maxUnresolvedContacts = 3 }: EscalationOptions = {},
): EscalationSuggestion | null {
  if (c.status !== 'open' && c.status !== 'waiting') return null;
  if (entries.length === 0) return null;
  let reason: EscalationSuggestion['reason'] | null = null;
  if (entries.length >= maxUnresolvedContacts) reason = 'many-contacts';
  else if (c.followUpAt !== undefined && c.followUpAt < now) reason = 'overdue';
  if (!reason) return null;
  const history = [...entries]
    .sort((a, b) => a.at - b.at)
    .map((e) => {
      const item: EscalationHistoryItem = { date: new Date(e.at).toISOString(), at: e.at, channel: e.channel };
      if (e.agent) item.agent = e.agent;
      if (e.promised) item.promise = e.promised;
      if (e.reference) item.reference = e.reference;
      return item;
    });
  return { reason, history };
}

export async function escalationSuggestion(
  ctx: NotesContext,
  caseId: string,
  now: number,
  options: EscalationOptions = {},
): Promise<EscalationSuggestion | null> {
  const c = await ctx.db.cases.get(caseId);
  if (!c) return null;
  return suggestEscalation(c, await caseEntries(ctx.db, caseId), now, options);
}

export const ALARM_PREFIX = 'followup:';

export interface ReminderAlarm {
  name: `followup:${string}`;
  when: number;
}

/**
 * Alarms for future follow-ups of active cases. Overdue ones get no alarm: the background re-syncs alarms each
 * time the worker starts, and an alarm in the past would fire (and notify) again on every start. The UI shows
 * overdue cases from `dueFollowUps` instead.
 */
export function reminderAlarms(cases: readonly Case[], now: number): ReminderAlarm[] {
  return cases
    .filter((c) => isActive(c) && c.followUpAt !== undefined && c.followUpAt > now)
    .map((c) => ({ name: `${ALARM_PREFIX}${c.id}` as const, when: c.followUpAt as number }))
    .sort((a, b) => a.when - b.when);
}

export function caseIdFromAlarm(name: string): string | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const id = name.slice(ALARM_PREFIX.length);
  return id && id.length <= 200 ? id : null;
}
