import type { Case } from '@/lib/notes';
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
      items: [],
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

/** Validates the manual-entry form: returns the message key of the first problem, or null. */
export function manualOrderProblem(input: {
  shop: string;
  orderId: string;
  orderDate: string;
  helpUrl: string;
}): 'manualNeedShop' | 'manualNeedOrderId' | 'manualBadDate' | 'manualBadUrl' | null {
  if (!input.shop.trim()) return 'manualNeedShop';
  if (!input.orderId.trim()) return 'manualNeedOrderId';
  if (input.orderDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.orderDate)) return 'manualBadDate';
  const helpUrl = normalizeHelpUrl(input.helpUrl);
  if (helpUrl) {
    try {
      const url = new URL(helpUrl);
      // The help links take the same URLs (no port either), so what is accepted here is never dropped there.
      if (url.protocol !== 'https:' || url.username || url.password || url.port) return 'manualBadUrl';
    } catch {
      return 'manualBadUrl';
    }
  }
  return null;
}
