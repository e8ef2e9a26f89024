import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/index';
import { parseHtml } from './parse-fixture';

/**
 * A card without a "View order details" link of its own (a cancelled order, real page order-history-canceled-order,
 * 2025-07) holding a box that links another order's details: the card's detail URL is its own order's, never the
 * other order's. The box is SYNTHETIC (markup of the "Buy it again" rail of order-history-2024-0: a.a-link-normal in
 * `div.a-box > div.a-box-inner`, a made-up order number); found by tests/unit/extract-robustness/decoy-injection.test.ts.
 */
const URL = 'https://www.amazon.com/your-orders/orders';
const OTHER = '123-4567890-1234567';

describe('a card without its own details link', () => {
  it('keeps its own detail URL when a box in it links another order', async () => {
    const html = readFileSync('tests/fixtures/real/amazon.com/order-history-canceled-order.html', 'utf8');
    const { doc, close } = parseHtml(html, URL);
    try {
      const card = doc.querySelector('.order-card');
      const box = doc.createElement('div');
      box.className = 'a-box';
      box.innerHTML = `<div class="a-box-inner"><span>Related orders</span> <a class="a-link-normal" href="/gp/your-account/order-details?orderID=${OTHER}">Order details</a></div>`;
      card?.prepend(box);
      const cancelled = extractPage(doc, URL).orders.find((o) => o.orderId === '111-9642662-1037012');
      expect(cancelled?.detailUrl).toBe(
        'https://www.amazon.com/gp/your-account/order-details?orderID=111-9642662-1037012',
      );
    } finally {
      await close();
    }
  });
});
