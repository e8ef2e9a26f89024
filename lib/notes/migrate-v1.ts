import { isStorableTime, LIMITS } from './limits';
import type { Case, CaseStatus, Entry } from './types';

/**
 * Schema/export version 1 (the first shipped one) stored the follow-up as an ISO date string `followUp` and
 * called the waiting state `pending`. Version 2 stores epoch ms `followUpAt` and says `waiting`. The same
 * function migrates rows in the Dexie `upgrade()` and records of an imported v1 file, so both paths agree.
 */
export type CaseStatusV1 = 'open' | 'pending' | 'resolved' | 'escalated' | 'closed';

export interface CaseV1 extends Omit<Case, 'status' | 'followUpAt'> {
  status: CaseStatusV1;
  followUp?: string;
}

export function migrateStatusV1(status: CaseStatusV1): CaseStatus {
  return status === 'pending' ? 'waiting' : status;
}

// What v1 wrote: a date input's `2024-05-01`, or `toISOString()`. Only these are read: `Date.parse` also takes
// "June 1" (as 2001-06-01) and "5/6/2024" (as May 6), silently picking a date the user may not have meant.
const ISO_FOLLOW_UP = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * ISO date (`2024-05-01`) or date-time → epoch ms; `undefined` for anything else: not ISO, a day the month does
 * not have (`Date.parse` reads `2024-02-30` as March 1), or a time the notes cannot store (`0024-05-01`).
 */
export function followUpFromV1(followUp: string | undefined): number | undefined {
  const text = followUp?.trim();
  const match = text ? ISO_FOLLOW_UP.exec(text) : null;
  if (!text || !match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  // A date alone is the day the user picked where they are: its start in local time. (`Date.parse` reads a date-only
  // ISO string as midnight UTC, the evening before west of Greenwich; with a time and no offset, already as local.)
  const ms = text.length === 10 ? new Date(year, month - 1, day).setFullYear(year) : Date.parse(text);
  return isStorableTime(ms) ? ms : undefined;
}

export interface CaseV1Migration {
  case: Case;
  /** The v1 follow-up, when it was set but is not a readable date: the caller keeps it (see `followUpNote`). */
  unreadableFollowUp?: string;
}

/** Migrates one v1 case and says what could not be carried over as it was. */
export function migrateCaseV1(row: CaseV1): CaseV1Migration {
  const { followUp, status, ...rest } = row;
  const migrated: Case = { ...rest, status: migrateStatusV1(status) };
  // A broken row may hold anything; an empty follow-up is no follow-up.
  const text = followUp === undefined || followUp === null ? '' : String(followUp).trim();
  const followUpAt = followUpFromV1(text);
  if (followUpAt !== undefined) migrated.followUpAt = followUpAt;
  return followUpAt === undefined && text ? { case: migrated, unreadableFollowUp: text } : { case: migrated };
}

/** 32-bit FNV-1a, hex: keeps a derived ID short and stable for a long case ID. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const NOTE_ID_PREFIX = 'v1-follow-up:';

/**
 * One ID per case, so importing the same v1 backup twice (or upgrading, then importing) keeps one note. `attempt`
 * (2, 3, …) gives other IDs for the rare case where that ID is already an entry's: the note never replaces it.
 */
export function followUpNoteId(caseId: string, attempt = 1): string {
  const prefix = attempt > 1 ? `${NOTE_ID_PREFIX.slice(0, -1)}-${attempt}:` : NOTE_ID_PREFIX;
  const id = `${prefix}${caseId}`;
  return id.length <= LIMITS.id ? id : `${prefix}${shortHash(caseId)}:${caseId.slice(0, 150)}`;
}

/**
 * A v1 follow-up that is not a readable date, kept as the next step of a contact note of its case instead of
 * being dropped (nothing typed is ever lost). Dated at the case's last change, so it sits where it was written.
 * Not masked here: the caller masks it like any stored note.
 */
export function followUpNote(c: Case, text: string): Entry {
  // Callers pass a case whose change time is storable (the import's schema checks it, the upgrade mends it).
  const at = c.updatedAt;
  return {
    id: followUpNoteId(c.id),
    caseId: c.id,
    at,
    channel: 'other',
    nextStep: text.slice(0, LIMITS.text),
    createdAt: at,
    updatedAt: at,
  };
}
