import type { Case } from '@/lib/notes';
import type { OrderContext } from './order-context';

/** A case entered by hand for any other shop, as the order the panel works on. */
export function manualCaseToOrder(c: Case): OrderContext {
  const amount = c.manual?.total ? Number.parseFloat(c.manual.total.replace(/[^\d.]/g, '')) : Number.NaN;
  return {
    platform: 'other',
    marketplace: null,
    source: 'manual',
    helpUrl: c.helpUrl,
    order: {
      orderId: c.orderId ?? c.id,
      orderDate: c.manual?.orderDate,
      shop: c.shop,
      // The currency of another shop is unknown: keep the user's text and mark the currency as unknown ("XXX").
      total: c.manual?.total && Number.isFinite(amount) ? { amount, currency: 'XXX', text: c.manual.total } : undefined,
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
  if (/^[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(trimmed)) {
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
