import { useLiveQuery } from '@/lib/notes/use-live-query';
import type { ContactRecord } from '@/lib/templates';
// Straight from case-lookup, not './notes': the index also pulls in the notes UI and its stylesheet.
import { findCaseFor } from './notes/case-lookup';
import { notesStore } from './notes-store';
import { type OrderContext, orderKey } from './order-context';

/** The contacts already logged for this order, as the escalation template's history. */
export function useCaseHistory(ctx: OrderContext | null): ContactRecord[] {
  return useLiveQuery(
    async () => {
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
    },
    // findCaseFor also reads the source and, for manual orders, the shop.
    [ctx ? orderKey(ctx) : null, ctx?.source, ctx?.order.shop],
    [],
  );
}
