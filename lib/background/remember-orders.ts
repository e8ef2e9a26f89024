import type { NotesStore } from '../notes';
import type { Parsed } from '../protocol/messages';

/** Orders seen on a shop page stay available in "recent orders" (Dexie), for when the user is on a chat page. */
export async function rememberSeenOrders(store: NotesStore, parsed: Parsed): Promise<void> {
  if (parsed.message.type !== 'orders/found') return;
  const { extraction } = parsed.message;
  if (!extraction.platform || !extraction.marketplace || extraction.orders.length === 0) return;
  await store.rememberOrders(extraction.orders, extraction.platform, extraction.marketplace);
}
