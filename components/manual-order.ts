import { type Case, isQuantity, LIMITS } from '@/lib/notes';
import type { OrderContext } from './order-context';

/** A case entered by hand for any other shop, as the order the panel works on. */
export function manualCaseToOrder(c: Case): OrderContext {
  const text = c.manual?.total?.trim() ? c.manual.total : undefined;
  const amount = text ? Number.parseFloat(text.replace(/[^\d.]/g, '')) : Number.NaN;
  return {
    platform: 'other',
    marketplace: null,
    source: 'manual',
    helpUrl: c.helpUrl,
    order: {
      orderId: c.orderId ?? c.id,
      orderDate: c.manual?.orderDate,
      shop: c.shop,
      // The currency of another shop is unknown: keep the user's text and mark the currency as unknown ("XXX"). A
      // total with no number in it ("免费", "see invoice") is still what the user typed: shown as typed (formatMoney
      // shows an XXX total's text), not dropped.
      total: text ? { amount: Number.isFinite(amount) ? amount : 0, currency: 'XXX', text } : undefined,
      // The item typed with the order, an item as a page's (templates name it: `{item}` → "无线耳机 ×2").
      items: c.manual?.item?.trim()
        ? [{ title: c.manual.item, ...(c.manual.quantity !== undefined ? { quantity: c.manual.quantity } : {}) }]
        : [],
      shipments: c.manual?.trackingId ? [{ trackingId: c.manual.trackingId, carrier: c.manual.carrier }] : [],
    },
  };
}

/**
 * The help page as the user typed it, made an https address when it is a bare host ("www.zalando.de/faq" →
 * "https://www.zalando.de/faq"), the way people copy it from an address bar that hides the scheme. Anything with a
 * scheme (also http:) is left for `manualOrderProblem` to judge.
 */
export function normalizeHelpUrl(text: string): string {
  const trimmed = text.trim();
  // Labels of letters and digits in any script ("bücher.de", "例子.中国"): `new URL` turns them into punycode.
  if (
    /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.(?:\p{L}{2,}|xn--[a-z\d-]+)(?:[/?#]\S*)?$/iu.test(
      trimmed,
    )
  ) {
    return `https://${trimmed}`;
  }
  return trimmed;
}

/**
 * The form's fields; `item`, `total`, `trackingId` and `carrier` are optional (only their length is checked), and so
 * is `quantity`, as typed (a whole number, with an item).
 */
export interface ManualOrderInput {
  shop: string;
  orderId: string;
  orderDate: string;
  helpUrl: string;
  item?: string;
  quantity?: string;
  total?: string;
  trackingId?: string;
  carrier?: string;
}

export type ManualOrderField = keyof ManualOrderInput;

/** What is wrong with the form: the message key, the field it is about, and the message's values. */
export interface ManualOrderProblem {
  key:
    | 'manualNeedShop'
    | 'manualNeedOrderId'
    | 'manualBadDate'
    | 'manualFutureDate'
    | 'manualBadUrl'
    | 'manualTooLong'
    | 'manualBadQuantity'
    | 'manualQuantityWithoutItem';
  field: ManualOrderField;
  /**
   * manualTooLong: the most characters the field takes and how many it has; manualFutureDate: today's date;
   * manualBadQuantity: the most pieces.
   */
  params?: string[];
}

/**
 * The notes' caps on what the form saves, in the order the form shows its fields. The input has no `maxLength`: a
 * pasted value longer than this would be cut without a word (an order number losing its end), so the form takes it
 * whole and says it is too long when it is submitted.
 */
const MAX_CHARS: ReadonlyArray<readonly [ManualOrderField, number]> = [
  ['shop', LIMITS.text],
  ['orderId', LIMITS.id],
  ['item', LIMITS.text],
  ['total', LIMITS.id],
  ['trackingId', LIMITS.id],
  ['carrier', LIMITS.id],
  ['helpUrl', LIMITS.url],
];

/**
 * The quantity as typed, as a number: digits only (full-width ones too, as a Chinese IME types them: `２`), a whole
 * number from 1 to the notes' cap; undefined for anything else ("2.5", "two", "-1", "").
 */
export function parseQuantity(text: string): number | undefined {
  const digits = text.normalize('NFKC').trim();
  if (!/^\d+$/.test(digits)) return undefined;
  const n = Number(digits);
  return isQuantity(n) ? n : undefined;
}

/** `2026-11-30`: the local calendar date of `now`, as a date input gives it. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Validates the manual-entry form: the first problem, in the order the form shows its fields, or null. Each value is
 * measured as it will be saved (trimmed; the help page with its https:// added).
 */
export function manualOrderProblem(input: ManualOrderInput, now: Date = new Date()): ManualOrderProblem | null {
  if (!input.shop.trim()) return { key: 'manualNeedShop', field: 'shop' };
  const tooLong = (field: ManualOrderField, max: number): ManualOrderProblem | null => {
    const value = field === 'helpUrl' ? normalizeHelpUrl(input.helpUrl) : (input[field] ?? '').trim();
    return value.length > max ? { key: 'manualTooLong', field, params: [String(max), String(value.length)] } : null;
  };
  const shopTooLong = tooLong('shop', LIMITS.text);
  if (shopTooLong) return shopTooLong;
  if (!input.orderId.trim()) return { key: 'manualNeedOrderId', field: 'orderId' };
  if (input.orderDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.orderDate))
    return { key: 'manualBadDate', field: 'orderDate' };
  // A year typed wrong (2030 for 2023) would date the order years ahead and skew every "days since the order". One
  // day ahead is allowed: a shop in a time zone ahead of the user's can date today's order tomorrow.
  const tomorrow = localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  if (input.orderDate && input.orderDate > tomorrow) {
    return { key: 'manualFutureDate', field: 'orderDate', params: [localDate(now)] };
  }
  for (const [field, max] of MAX_CHARS) {
    const problem = tooLong(field, max);
    if (problem) return problem;
    // The quantity follows the item in the form: its problem comes before those of the fields below it.
    if (field === 'item') {
      const quantity = (input.quantity ?? '').trim();
      if (quantity && !input.item?.trim()) return { key: 'manualQuantityWithoutItem', field: 'quantity' };
      if (quantity && parseQuantity(quantity) === undefined) {
        return { key: 'manualBadQuantity', field: 'quantity', params: [String(LIMITS.quantity)] };
      }
    }
  }
  const helpUrl = normalizeHelpUrl(input.helpUrl);
  if (helpUrl) {
    try {
      const url = new URL(helpUrl);
      // The help links take the same URLs (no port either), so what is accepted here is never dropped there.
      if (url.protocol !== 'https:' || url.username || url.password || url.port) {
        return { key: 'manualBadUrl', field: 'helpUrl' };
      }
    } catch {
      return { key: 'manualBadUrl', field: 'helpUrl' };
    }
  }
  return null;
}
