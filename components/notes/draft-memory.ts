import { LIMITS } from '@/lib/notes/limits';
import { ENTRY_CHANNELS, ENTRY_TEXT_FIELDS, type EntryChannel, type EntryTextField } from '@/lib/notes/types';
import type { SessionDraftReader } from '../session-drafts';

/*
 * The case notes' unsaved contacts as this page holds them, and their reading back from `storage.session` when the
 * panel opens (see entry-drafts.ts for why and how they are kept). Apart from entry-drafts so the panel's first
 * script reads them without loading the notes and privacy code (the workbench loads that after the first paint).
 */

/** A contact the user was writing and did not save yet. */
export interface EntryDraft {
  /** The time field as typed, or null while the user left it at "now" (restored as the new "now"). */
  at: string | null;
  channel: EntryChannel;
  texts: Record<EntryTextField, string>;
  satisfaction: number;
  keepSensitive: boolean;
}

export const drafts = new Map<string, EntryDraft>();
export const SESSION_PREFIX = 'entryDraft:';
/** Ten times what a note's field may save (LIMITS.text): typing past the cap is kept too, a larger value is not ours. */
const MAX_TEXT = LIMITS.text * 10;

/**
 * Takes the entry drafts the session holds when the panel opens (see loadSessionDrafts; the panel waits for it before
 * the workbench, whose forms show them). Checked field by field: anything else is skipped, never shown.
 */
export const entryDraftReader: SessionDraftReader = {
  prefix: SESSION_PREFIX,
  take(key, value) {
    const draft = parseEntryDraft(value);
    if (draft && !drafts.has(key)) drafts.set(key, draft);
  },
};

/** A stored draft as the form can use it, or null for anything of another shape. */
export function parseEntryDraft(value: unknown): EntryDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const shortText = (t: unknown): t is string => typeof t === 'string' && t.length <= MAX_TEXT;
  if (v.at !== null && !(shortText(v.at) && v.at.length <= 40)) return null;
  if (!(ENTRY_CHANNELS as readonly unknown[]).includes(v.channel)) return null;
  if (typeof v.satisfaction !== 'number' || !Number.isInteger(v.satisfaction)) return null;
  if (v.satisfaction < 0 || v.satisfaction > 5 || typeof v.keepSensitive !== 'boolean') return null;
  if (typeof v.texts !== 'object' || v.texts === null) return null;
  const texts = {} as Record<EntryTextField, string>;
  for (const field of ENTRY_TEXT_FIELDS) {
    const text = (v.texts as Record<string, unknown>)[field] ?? '';
    if (!shortText(text)) return null;
    texts[field] = text;
  }
  return {
    at: v.at as string | null,
    channel: v.channel as EntryChannel,
    texts,
    satisfaction: v.satisfaction,
    keepSensitive: v.keepSensitive,
  };
}
