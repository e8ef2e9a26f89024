import { useMemo } from 'preact/hooks';
import { mergeSeen } from '@/lib/extract/merge-seen';
import { type RecentOrder, recentOrderKey } from '@/lib/notes';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import { notesStore } from './notes-store';
import type { OrderContext } from './order-context';

/**
 * Where the pages the user saw of a page's order are remembered (see rememberOrders): its own platform and
 * marketplace, and for Taobao and Tmall both, which number one order alike (see orderIdentity).
 */
export function seenKeys(ctx: OrderContext | null): string[] {
  if (ctx?.source !== 'page' || !ctx.marketplace) return [];
  const { orderId } = ctx.order;
  if (ctx.platform === 'taobao' || ctx.platform === 'tmall') {
    return [recentOrderKey('taobao', 'taobao', orderId), recentOrderKey('tmall', 'tmall', orderId)];
  }
  if (ctx.platform === 'other') return [];
  return [recentOrderKey(ctx.platform, ctx.marketplace, orderId)];
}

/**
 * The page's order over what earlier pages showed of it, oldest first: an Amazon list names no seller, the order's
 * detail page did, and a message about it must not ask the user for the seller again (2026-12). Rows of another order
 * (an answer for the order shown before) are left out.
 */
export function withSeen(ctx: OrderContext | null, seen: readonly RecentOrder[]): OrderContext | null {
  if (!ctx) return ctx;
  const keys = seenKeys(ctx);
  const rows = seen.filter((r) => keys.includes(r.key)).sort((a, b) => a.seenAt - b.seenAt);
  if (rows.length === 0) return ctx;
  const earlier = rows.reduce<RecentOrder['order'] | undefined>((acc, r) => mergeSeen(acc, r.order), undefined);
  return { ...ctx, order: mergeSeen(earlier, ctx.order) };
}

/** The selected order as the card, message, advice and notes show it: see withSeen. */
export function useSeenOrder(selected: OrderContext | null): OrderContext | null {
  const keys = seenKeys(selected);
  const seen = useLiveQuery(
    () => (keys.length ? notesStore().recentOrdersByKey(keys) : []),
    [keys.join('\n')],
    [] as RecentOrder[],
  );
  return useMemo(() => withSeen(selected, seen), [selected, seen]);
}
