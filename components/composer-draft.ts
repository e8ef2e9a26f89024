/**
 * The composer's decisions about the message being written, as plain functions (no rendering, no state): which order
 * the composer is on, whether the message follows the template or keeps the user's edits, which draft comes back.
 * `use-composer-draft.ts` holds the state and calls these at each change of order, template or order details.
 */
import type { Lang, ProblemKind, TemplateData } from '@/lib/templates';
import { templateDataFromOrder } from '@/lib/templates';
import type { OrderContext } from './order-context';

/**
 * The order the composer last saw: its key (the order, or only the platform for a question about no order), the
 * problem, and `owner`, the order the last question about an order was about (null before any).
 */
export interface OrderSeen {
  order: string;
  problem: string;
  owner: string | null;
}

/**
 * Whether what was typed (fill-ins, an edited message) belongs to another order than the one now shown: the key
 * changed under one problem, or a question about an order is back with another order than the one it was written
 * for (another order picked while a question about no order was chosen: the key changed with the problem, so the
 * first test misses it).
 */
export function orderChangedSince(was: OrderSeen, now: OrderSeen): boolean {
  if (was.order !== now.order && was.problem === now.problem) return true;
  return now.owner !== null && was.owner !== null && was.owner !== now.owner;
}

/** What the composer remembers next: the owner stays through a question about no order, and goes with a reset. */
export function nextSeen(was: OrderSeen, now: OrderSeen, changed: boolean): OrderSeen {
  return { ...now, owner: now.owner ?? (changed ? null : was.owner) };
}

/** What was typed for one order and not sent yet: its fill-ins, and the message if the user edited it. */
export interface ComposerDraft {
  extra: Record<string, string>;
  edited: boolean;
  text: string;
  /** The template's text and source the edited message was written from (see `sourceOf`). */
  generated: string;
  from: string;
  /**
   * The order details (see `orderFacts`) the message was written from, or that the user last said to keep their
   * edits under: other details when the draft comes back mean its text may hold old facts.
   */
  facts: string;
  /**
   * The order what was typed belongs to (see OrderSeen.owner): a question's draft may hold an order's fill-ins, kept
   * through the question; they must not go into another order's message after it comes back.
   */
  owner: string | null;
  /** The template the user chose for it (null: the first one offered), chosen again when the draft comes back. */
  template: string | null;
}

/**
 * Where a message comes from: problem, language, template and its wording. An edited message belongs to its source:
 * back at it, there is nothing to ask.
 */
export const sourceOf = (problem: ProblemKind, lang: Lang, template: { id: string; body: string }): string =>
  `${problem}\n${lang}\n${template.id}\n${template.body}`;

/**
 * The order details a message about it is written from, as one comparable string: the template facts (formatted in
 * one fixed language, so a language switch is not a change of details), the order's status and its parcels' states,
 * which no template prints but an edited message may speak of ("still not shipped"). A question about no order has no
 * order details.
 */
export function orderFacts(ctx: OrderContext, orderRelated: boolean): string {
  if (!orderRelated) return '';
  const data: TemplateData & { status?: string; parcels?: string[] } = templateDataFromOrder(ctx.order, {
    platform: ctx.platform,
    marketplace: ctx.marketplace,
    lang: 'en',
  });
  if (ctx.order.status?.trim()) data.status = ctx.order.status.trim();
  // A parcel's own state moves on its own (in transit → delivered) while the order's status may stay put.
  const parcels = ctx.order.shipments.map((s) => s.status?.trim() ?? '');
  if (parcels.some((p) => p !== '')) data.parcels = parcels;
  return JSON.stringify(data);
}

/** Whether a draft is worth keeping for the order left: the message was edited, or a fill-in holds something. */
export function hasTyping(edited: boolean, extra: Readonly<Record<string, string>>): boolean {
  return edited || Object.values(extra).some((v) => v.trim() !== '');
}

/**
 * The draft to bring back after a change: the new order's own one when the order changed; also when a question about
 * no order (whose typing is about no order in particular, and not edited) gives way to an order problem with another
 * key (the way back to the order passed through the question, in another tab or here). Otherwise none.
 */
export function draftToRestore(
  was: OrderSeen,
  now: OrderSeen,
  orderChanged: boolean,
  edited: boolean,
  draftOf: (order: string) => ComposerDraft | undefined,
): ComposerDraft | null {
  if (orderChanged) return draftOf(now.order) ?? null;
  if (was.order !== now.order && was.owner === null && now.owner !== null && !edited) return draftOf(now.order) ?? null;
  return null;
}

/**
 * What becomes of the message after a change of order or source (problem, language, template, its wording):
 * - `rewrite`: it follows the template (another order, or no edits: left, or undone back to the template's text);
 * - `keep`: the edits stay, and `offerReplace` says whether to ask (not when back at the source they were made to);
 * - `none`: nothing that concerns the message changed.
 */
export type SourceDecision = { kind: 'rewrite' } | { kind: 'keep'; offerReplace: boolean } | { kind: 'none' };

export function decideOnChange(change: {
  orderChanged: boolean;
  sourceChanged: boolean;
  edited: boolean;
  text: string;
  generated: string;
  source: string;
  generatedFrom: string;
}): SourceDecision {
  const { orderChanged, sourceChanged, edited, text, generated, source, generatedFrom } = change;
  if (orderChanged || (sourceChanged && (!edited || text === generated))) return { kind: 'rewrite' };
  if (sourceChanged) return { kind: 'keep', offerReplace: source !== generatedFrom };
  return { kind: 'none' };
}

/**
 * The notices an edited draft comes back with: `offerReplace` when it was written from another source than the one
 * now chosen, `detailsChanged` when its order's details are not those it was written from. An unedited draft needs
 * none: its message is written again from the template and the order as it is now.
 */
export function restoredNotices(
  draft: Pick<ComposerDraft, 'edited' | 'from' | 'facts'>,
  now: { source: string; facts: string },
): { offerReplace: boolean; detailsChanged: boolean } {
  if (!draft.edited) return { offerReplace: false, detailsChanged: false };
  return { offerReplace: now.source !== draft.from, detailsChanged: now.facts !== draft.facts };
}

/**
 * The order's details changed while its edited message is on screen (a rescan of the same tab found a tracking ID):
 * whether to say so (the details differ from those the message was written from), or `undefined` to leave the notice
 * as it is (another order, the same details, or a message that simply follows the template).
 */
export function detailsNoticeOnChange(
  was: { order: string; facts: string },
  now: { order: string; facts: string },
  edited: boolean,
  writtenFrom: string,
): boolean | undefined {
  if (was.order !== now.order || was.facts === now.facts || !edited) return undefined;
  return now.facts !== writtenFrom;
}
