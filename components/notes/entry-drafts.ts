import type { EntryChannel, EntryTextField } from '@/lib/notes';
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
 * itself, replaces the form, and coming back to the order brings its draft back. Held in this page's memory only, for
 * the panel's life: a draft may hold a secret the user has not masked yet (the store masks on save), so it is never
 * written to storage.
 */
const drafts = new Map<string, EntryDraft>();

export const readDraft = (key: string): EntryDraft | undefined => drafts.get(key);

/** Keeps the draft, or forgets it once nothing in it was typed. */
export function keepDraft(key: string, draft: EntryDraft): void {
  const typed = Object.values(draft.texts).some((text) => text.trim() !== '') || draft.satisfaction > 0;
  if (typed) drafts.set(key, draft);
  else drafts.delete(key);
}

export const dropDraft = (key: string): void => {
  drafts.delete(key);
};

/**
 * Whose draft a form keeps: the order's (orderKey), one for a Taobao and a Tmall order of the same number — the
 * 已买到的宝贝 list reports a Tmall order as Taobao, its trade.tmall.com detail page as Tmall, and both show the one case
 * (findCaseFor): opening the detail page must not leave the contact being written behind on the list.
 */
export const draftKeyOf = (ctx: OrderContext): string =>
  ctx.platform === 'taobao' || ctx.platform === 'tmall' ? `taobao+tmall|${ctx.order.orderId}` : orderKey(ctx);
