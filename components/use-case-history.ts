import { useLiveQuery } from '@/lib/notes';
import type { ContactRecord } from '@/lib/templates';
import { notesStore } from './notes-store';
import type { OrderContext } from './order-context';

/** The contacts already logged for this order, as the escalation template's history. */
export function useCaseHistory(ctx: OrderContext | null): ContactRecord[] {
  return useLiveQuery(
    async () => {
      if (!ctx) return [];
      const store = notesStore();
      const found = await store.findCaseForOrder(ctx.platform, ctx.marketplace ?? '', ctx.order.orderId);
      if (!found) return [];
      return (await store.listEntries(found.id)).map((e) => ({
        date: e.at,
        channel: e.channel,
        agent: e.agent,
        promise: e.promised,
        reference: e.reference,
      }));
    },
    [ctx?.platform, ctx?.marketplace, ctx?.order.orderId],
    [],
  );
}
