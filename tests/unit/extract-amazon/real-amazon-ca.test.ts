import { describe, expect, it } from 'vitest';
import { runAmazon } from './parse-fixture';

// An excerpt of a real amazon.ca order-details page (2024 data-component layout, CAD shown as "$"): see the comment at
// the top of the file and tests/fixtures/real/SOURCE.md.
const FILE = 'tests/fixtures/real/amazon.ca/order-details-701-0006947-3345801.excerpt.html';

describe('Amazon extractor on a real amazon.ca order-details page', () => {
  it.each([
    'https://www.amazon.ca/gp/your-account/order-details?orderID=701-0006947-3345801',
    'https://www.amazon.ca/your-orders/order-details?orderID=701-0006947-3345801&ref=ppx_yo2ov_dt_b_fed_order_details',
  ])('%s', async (url) => {
    const run = await runAmazon(FILE, url);
    expect(run.marketplace).toBe('amazon.ca');
    expect(run.pageKind).toBe('order-detail');
    // The session id in the page's script (ue_sid, the payment widget's "session") is shaped like an order number.
    expect(run.orders.map((o) => o.orderId)).toEqual(['701-0006947-3345801']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2024-04-05');
    // "Grand Total: $19.20"; the refund total after it is the same sum and must not be what is read first.
    expect(order?.total).toEqual({ amount: 19.2, currency: 'CAD', text: '$19.20' });
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      [
        'Long Hair Swim Cap - Swim Caps Cool - Stylish Swim Cap for Braids Weaves Dreadlocks - Bathing Cap - Silicone Shower Cap (Black L)',
        1,
        'https://www.amazon.ca/dp/B07D959XRM?ref_=ppx_hzod_title_dt_b_fed_asin_title_0_0',
      ],
    ]);
    expect(order?.shop).toBe('DEITT');
    expect(order?.status).toBe('Return complete');
    // A return's status link is no tracking link.
    expect(order?.shipments).toEqual([{ status: 'Return complete' }]);
    expect(order?.detailUrl).toBe(url);
  });
});
