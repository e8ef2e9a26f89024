import type { ExtractedOrder } from '../extract/types';

/*
 * Whether the page says the parcel was delivered ("Delivered 3 Nov", "Zugestellt", "已签收", "配達済み"). The "item not
 * received" message then says the tracking shows it delivered, which is what the agent needs to hear first (a
 * delivery photo, a GPS check, a claim with the carrier), not that the delivery date has passed. Read from the order's
 * status and its parcels' states as the page words them, in the storefronts' languages.
 */

// A word for "delivered" at the start of a word, in the languages of Amazon's storefronts and of the Chinese and
// Japanese carriers. "Delivery" alone is not one: "Delivery expected", "Delivery attempted".
const DELIVERED =
  /(?:^|[^\p{L}])(?:delivered|zugestellt|geliefert|livré|livrée|consegnato|consegnata|entregado|entregada|entregue|bezorgd|afgeleverd|levererad|dostarczon[oa]|teslim edildi|доставлен|تم التوصيل)(?![\p{L}])|已签收|已簽收|签收成功|已妥投|妥投|已送达|已送達|配達済み|配達完了|お届け済み|배송\s?완료/iu;

// Still to come: "Will be delivered Friday", "Now expected to be delivered", "Wird heute zugestellt", "Sera livré".
const FUTURE = String.raw`\b(?:will|to|would|should|may)\s+(?:now\s+)?be\s+delivered|\bwird\b.{0,30}(?:zugestellt|geliefert)|\bsera\s+livrée?|\bsarà\s+consegnat|\bwordt\b.{0,30}bezorgd|\bkommer att levereras|zostanie\s+dostarczon`;

// "Not delivered", "nicht zugestellt", "未签收", "待签收" (awaiting), "配達されていません" and the failures that carry the
// word ("Delivery failed", "Undeliverable" have no match above; "could not be delivered" does).
const NOT_DELIVERED = new RegExp(
  String.raw`\b(?:not|never|could not be|couldn't be|cannot be|undeliverable|nicht|non|pas|no|niet|inte|nie)\s+(?:(?:yet|been|be)\s+){0,2}(?:delivered|zugestellt|geliefert|livrée?|consegnat[oa]|entregad[oa]|entregue|bezorgd|levererad|dostarczon[oa])|[未待没沒]\S{0,2}[签簽]收|未妥投|未送[达達]|配達されていません|未配達|${FUTURE}`,
  'iu',
);

/** Whether one status text says delivered. */
export function saysDelivered(status: string | undefined): boolean {
  if (!status) return false;
  const text = status.normalize('NFC');
  return DELIVERED.test(text) && !NOT_DELIVERED.test(text);
}

/**
 * Whether the order's page says it was delivered: every parcel with a state says so, or, with no parcel state, the
 * order's own status does. One parcel of two still on its way is not a delivered order.
 */
export function orderSaysDelivered(order: Pick<ExtractedOrder, 'status' | 'shipments'>): boolean {
  const states = order.shipments.map((s) => s.status?.trim() ?? '').filter((s) => s !== '');
  if (states.length > 0) return states.every(saysDelivered);
  return saysDelivered(order.status);
}
