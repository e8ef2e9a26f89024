import { ENTRY_CHANNELS, ENTRY_TEXT_FIELDS, type EntryChannel, type EntryTextField, LIMITS } from '@/lib/notes';
import { maskNoteText } from '../notes-store';
import { type OrderContext, orderKey } from '../order-context';

/** A contact the user was writing and did not save yet. */
export interface EntryDraft {
  /** The time field as typed, or null while the user left it at "now" (restored as the new "now"). */
  at: string | null;
  channel: EntryChannel;
  texts: Record<EntryTextField, string>;
  satisfaction: number;
  keepSensitive: boolean;
}

/**
 * Unsaved contacts, by order (the case notes' key): picking another order, or the panel following another page by
 * itself, replaces the form, and coming back to the order brings its draft back; so does closing the panel and opening
 * it again (the toolbar button closes it with one click). A draft may hold a secret the user has not masked yet (the
 * store masks on save), so it never goes to disk and never leaves this page as typed: besides this page's memory it
 * is kept, with its secrets masked, only in `storage.session`, which the browser holds in memory, clears when it
 * quits, and does not show to content scripts. One key per draft,
 * so two panels (two windows) never overwrite each other's.
 */
const drafts = new Map<string, EntryDraft>();
const SESSION_PREFIX = 'entryDraft:';
/** Ten times what a note's field may save (LIMITS.text): typing past the cap is kept too, a larger value is not ours. */
const MAX_TEXT = LIMITS.text * 10;

// `browser` is WXT's global (the polyfilled extension API); storage.session is missing on old Firefox.
const sessionArea = () => (typeof browser === 'undefined' ? undefined : browser.storage?.session);

export const readDraft = (key: string): EntryDraft | undefined => drafts.get(key);

/** Keeps the draft, or forgets it once nothing in it was typed. */
export function keepDraft(key: string, draft: EntryDraft): void {
  const typed = Object.values(draft.texts).some((text) => text.trim() !== '') || draft.satisfaction > 0;
  if (!typed) return dropDraft(key);
  drafts.set(key, draft);
  toSession(key, draft);
}

export function dropDraft(key: string): void {
  // Only a draft this panel holds: an empty form opening here must not remove what another panel is writing.
  if (!drafts.delete(key)) return;
  toSession(key, null);
}

// Written after a pause in typing, not per keystroke: every storage change is an event to each context listening
// (it wakes the background's service worker). Flushed when the panel goes away, so its last keystrokes are kept.
const unsent = new Map<string, EntryDraft | null>();
let timer: ReturnType<typeof setTimeout> | undefined;
const PAUSE_MS = 400;

function toSession(key: string, draft: EntryDraft | null): void {
  if (!sessionArea()) return;
  unsent.set(key, draft);
  if (timer === undefined) {
    timer = setTimeout(flushEntryDrafts, PAUSE_MS);
    addEventListener('pagehide', flushEntryDrafts, { once: true });
  }
}

/**
 * The draft as it may leave this page: every secret masked, as a save without "keep as typed" would store it. Only
 * this page's memory holds what was typed as it was; a panel opened again shows the masked text.
 */
const masked = (draft: EntryDraft): EntryDraft => ({
  ...draft,
  texts: Object.fromEntries(
    ENTRY_TEXT_FIELDS.map((f) => [f, maskNoteText(draft.texts[f] ?? '')]),
  ) as EntryDraft['texts'],
});

/** Writes the drafts changed since the last write (also on pagehide). */
export function flushEntryDrafts(): void {
  clearTimeout(timer);
  timer = undefined;
  removeEventListener('pagehide', flushEntryDrafts);
  const area = sessionArea();
  if (!area || unsent.size === 0) return;
  const kept: Record<string, EntryDraft> = {};
  const gone: string[] = [];
  for (const [key, draft] of unsent) {
    if (draft) kept[SESSION_PREFIX + key] = masked(draft);
    else gone.push(SESSION_PREFIX + key);
  }
  unsent.clear();
  if (Object.keys(kept).length > 0) void area.set(kept).catch(() => undefined);
  if (gone.length > 0) void area.remove(gone).catch(() => undefined);
}

/**
 * Brings back the drafts of this browser session (the panel was closed and opened again). Call before the panel
 * renders. What the session holds is checked field by field: anything else is skipped, never shown. Never throws.
 */
export async function loadEntryDrafts(): Promise<void> {
  try {
    const area = sessionArea();
    if (!area) return;
    const all = await area.get(null);
    for (const [name, value] of Object.entries(all)) {
      if (!name.startsWith(SESSION_PREFIX)) continue;
      const draft = parseEntryDraft(value);
      const key = name.slice(SESSION_PREFIX.length);
      if (draft && !drafts.has(key)) drafts.set(key, draft);
    }
  } catch {
    // No session storage or a broken value: the panel starts without drafts, as before.
  }
}

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

/**
 * Whose draft a form keeps: the order's (orderKey), one for a Taobao and a Tmall order of the same number — the
 * 已买到的宝贝 list reports a Tmall order as Taobao, its trade.tmall.com detail page as Tmall, and both show the one case
 * (findCaseFor): opening the detail page must not leave the contact being written behind on the list.
 */
export const draftKeyOf = (ctx: OrderContext): string =>
  ctx.platform === 'taobao' || ctx.platform === 'tmall' ? `taobao+tmall|${ctx.order.orderId}` : orderKey(ctx);
