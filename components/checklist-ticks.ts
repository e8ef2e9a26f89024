import { LIMITS } from '@/lib/notes/limits';
import { PROBLEM_KIND_IDS, type ProblemKind } from '@/lib/templates/problem-kind-ids';
import { createSessionDraftKeeper } from './session-draft-keeper';
import type { SessionDraftReader } from './session-drafts';

/*
 * What the user ticked in the checklist of what to prepare, by order and problem: each order has its own things ready
 * (its order ID copied, its photos taken), and a ticked box must not claim them for another order. Kept as long as the
 * message and the contact being written are (see session-drafts.ts): this page's memory and `storage.session`, so
 * closing the panel with the toolbar button and opening it again finds them ticked. Only the items' ids are kept,
 * nothing the user typed: there is nothing to mask. Small and free of the help tables: the panel's first script reads
 * them back.
 */

export const checklistTicks = new Map<string, readonly string[]>();
export const CHECKLIST_PREFIX = 'checklistTicks:';

// Written to the session after a pause in ticking and on pagehide (see session-draft-keeper.ts).
const kept = createSessionDraftKeeper(CHECKLIST_PREFIX, checklistTicks);

/** An order's identity (orderIdentity): a shop's name typed by hand (a note's text) and two ids. */
const MAX_ORDER = LIMITS.text + 3 * LIMITS.id;
/** More items than any checklist has (about ten): a longer list is not ours. */
const MAX_TICKS = 40;
/** A checklist item's id, as lib/help/checklists.ts names them ('order-id', 'questions'). */
const ITEM_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** Whose ticks: the problem (one of PROBLEM_KIND_IDS, so never holding `|`), then the order's identity. */
export const checklistKeyOf = (problem: ProblemKind, order: string): string => `${problem}|${order}`;

export const readChecklistTicks = (key: string): ReadonlySet<string> => new Set(checklistTicks.get(key));

/** Ticks the item if it was not, unticks it if it was; an order with nothing ticked is forgotten. */
export function toggleChecklistTick(key: string, item: string): void {
  const ticks = new Set(checklistTicks.get(key));
  if (!ticks.delete(item)) ticks.add(item);
  if (ticks.size === 0) {
    kept.drop(key);
    return;
  }
  const list = [...ticks];
  kept.keep(key, list, () => list);
}

/** Takes the ticks the session holds, key and list checked: anything else is skipped, never shown. */
export const checklistTickReader: SessionDraftReader = {
  prefix: CHECKLIST_PREFIX,
  take(key, value) {
    const ticks = parseChecklistTicks(value);
    if (ticks && isChecklistKey(key) && !checklistTicks.has(key)) checklistTicks.set(key, ticks);
  },
};

function isChecklistKey(key: string): boolean {
  const bar = key.indexOf('|');
  const order = key.slice(bar + 1);
  return (
    bar > 0 &&
    (PROBLEM_KIND_IDS as readonly string[]).includes(key.slice(0, bar)) &&
    order.length > 0 &&
    order.length <= MAX_ORDER
  );
}

/** A stored list of ticked items as the checklist can use it, or null for anything of another shape. */
export function parseChecklistTicks(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_TICKS) return null;
  if (!value.every((item) => typeof item === 'string' && ITEM_ID.test(item))) return null;
  return [...new Set(value as string[])];
}
