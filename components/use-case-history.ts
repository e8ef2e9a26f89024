import { useLiveQuery } from '@/lib/notes/use-live-query';
import type { ContactRecord } from '@/lib/templates';
// Straight from case-lookup, not './notes': the index also pulls in the notes UI and its stylesheet.
import { findCaseFor } from './notes/case-lookup';
import { notesStore } from './notes-store';
import { type OrderContext, orderKey } from './order-context';

/** The contacts already logged for this order, as the escalation template's history. */
export function useCaseHistory(ctx: OrderContext | null): ContactRecord[] {
  // The key of the order (and source, and shop) whose contacts were last read: until the query for another order has
  // answered, none are given, never the previous order's (its agents and promises in this order's letter).
  const key = ctx ? `${ctx.source}|${orderKey(ctx)}|${ctx.order.shop ?? ''}` : null;
  const loaded = useLiveQuery<{ key: string | null; history: ContactRecord[] }>(
    async () => ({ key, history: await readHistory(ctx) }),
    // findCaseFor also reads the source and, for manual orders, the shop.
    [key],
    { key, history: [] },
  );
  return loaded.key === key ? loaded.history : NO_HISTORY;
}

const NO_HISTORY: ContactRecord[] = [];

async function readHistory(ctx: OrderContext | null): Promise<ContactRecord[]> {
  if (!ctx) return [];
  const store = notesStore();
  // The same lookup as the notes panel, so manual orders (stored without a marketplace) are found too.
  const found = await findCaseFor(store, ctx);
  if (!found) return [];
  const entries = await store.listEntries(found.id);
  // The case's follow-up date is when the user meant to check the latest contact's promise: until then the letter
  // must not call it broken (an earlier promise is, once the user had to contact the shop again).
  const latest = entries.reduce<(typeof entries)[number] | undefined>(
    (last, e) => (!last || e.at >= last.at ? e : last),
    undefined,
  );
  const followUpAt = found.followUpAt;
  return entries.map((e) => ({
    date: e.at,
    channel: e.channel,
    agent: e.agent,
    promise: e.promised,
    reference: e.reference,
    ...(e === latest && followUpAt !== undefined && followUpAt >= e.at ? { checkBy: followUpAt } : {}),
  }));
}
