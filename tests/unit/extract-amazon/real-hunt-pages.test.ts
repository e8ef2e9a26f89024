import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAmazon, runAmazonHtml } from './parse-fixture';

// Real saved pages of other repositories (see the comment at the top of each file and tests/fixtures/real/SOURCE.md).
// Regression fixtures: the extractor read them right when they were added (2026-12); each is a page version none of
// the other real pages is.
const ATTRIBUTES = /\s(?:class|id|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

describe('a real amazon.co.jp order list of 2025 (kyamaguchi/amazon_order)', () => {
  const FILE = 'tests/fixtures/real/amazon.co.jp/order-history-2025-01-simplified.html';
  const URL = 'https://www.amazon.co.jp/your-orders/orders?timeFilter=year-2025&startIndex=300';
  // Two cards of the 2024+ layout (注文日 / 合計 / 注文番号, a quantity badge of 2), then two digital orders in the older
  // card markup nested inside a new card's wrapper (`.order-card.js-order-card > .order.js-order-card`, the number in
  // a <bdi>): each order once, the digital ones with their order-summary link, four of "12個すべての商品を表示".
  const EXPECTED = [
    [
      '238-9045723-3841025',
      '2025-01-07',
      270,
      [['Test Product 1', 1]],
      'https://www.amazon.co.jp/gp/css/order-details?orderID=238-9045723-3841025&ref=ppx_yo2ov_dt_b_fed_order_details',
    ],
    [
      '517-2381940-8723104',
      '2025-01-07',
      8200,
      [['Test Product 2', 2]],
      'https://www.amazon.co.jp/gp/css/order-details?orderID=517-2381940-8723104&ref=ppx_yo2ov_dt_b_fed_order_details',
    ],
    [
      'D03-1172398-9583021',
      '2025-01-06',
      495,
      [['Test Book 1', 1]],
      'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html/ref=ppx_yo_dt_b_dor_351_o02?ie=UTF8&orderID=D03-1172398-9583021',
    ],
    [
      'D91-3827401-0004219',
      '2025-01-06',
      8316,
      [
        ['Test Book 2', 1],
        ['Test Book 3', 1],
        ['Test Book 4', 1],
        ['Test Book 5', 1],
      ],
      'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html/ref=ppx_yo_dt_b_dor_351_o03?ie=UTF8&orderID=D91-3827401-0004219',
    ],
  ];

  it('gives its four orders with dates, yen totals, items and detail links', async () => {
    const run = await runAmazon(FILE, URL);
    expect(run.marketplace).toBe('amazon.co.jp');
    expect(run.pageKind).toBe('order-list');
    expect(
      run.orders.map((o) => [
        o.orderId,
        o.orderDate,
        o.total?.amount,
        o.items.map((i) => [i.title, i.quantity]),
        o.detailUrl,
      ]),
    ).toEqual(EXPECTED);
    for (const order of run.orders) expect(order.total?.currency).toBe('JPY');
  });

  it('gives the same orders, dates, totals and titles with every class, id and data-* removed (the labels)', async () => {
    const run = await runAmazonHtml(readFileSync(FILE, 'utf8').replace(ATTRIBUTES, ''), URL);
    expect(run.orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.items.map((i) => i.title)])).toEqual(
      EXPECTED.map(([id, date, total, items]) => [id, date, total, (items as [string, number][]).map(([t]) => t)]),
    );
  });
});

describe('a real amazon.com digital order detail of 2025 (acq3-MCP/amazon-orders)', () => {
  const FILE = 'tests/fixtures/real/amazon.com/digital-order-details-D01-1003441-2006882.html';

  it.each([
    'https://www.amazon.com/gp/css/order-details?orderID=D01-1003441-2006882',
    'https://www.amazon.com/your-orders/order-details?orderID=D01-1003441-2006882&ref=ppx_yo2ov_dt_b_fed_digi_order_details_318',
  ])('%s', async (url) => {
    const run = await runAmazon(FILE, url);
    expect(run.pageKind).toBe('order-detail');
    expect(run.orders.map((o) => o.orderId)).toEqual(['D01-1003441-2006882']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2025-11-20');
    // "Total for this Order: $0.00" after "Promotions: -$8.22" and "Rewards Points: -$1.45"; not the $9.58 subtotal.
    expect(order?.total).toEqual({ amount: 0, currency: 'USD', text: '$0.00' });
    // A Prime Video title: its link is /gp/video/detail/…, not a product page.
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      [
        'Digital Item 26',
        1,
        'https://www.amazon.com/gp/video/detail/amzn1.dv.gti.66b60399-3e99-f61d-d148-ac0752317559?ref_=ppx_hzod_title_dt_b_fed_digi_title_318_0_0',
      ],
    ]);
    expect(order?.shop).toBe('Amazon.com Services LLC');
    // A digital order has no shipment: its empty status box is none.
    expect(order?.shipments).toEqual([]);
  });

  it('finds its Prime Video title by its link alone, with every class, id and data-* removed', async () => {
    const html = readFileSync(FILE, 'utf8').replace(ATTRIBUTES, '');
    const run = await runAmazonHtml(html, 'https://www.amazon.com/gp/css/order-details?orderID=D01-1003441-2006882');
    expect(run.orders.map((o) => o.items.map((i) => [i.title, i.url?.split('?')[0]]))).toEqual([
      [['Digital Item 26', 'https://www.amazon.com/gp/video/detail/amzn1.dv.gti.66b60399-3e99-f61d-d148-ac0752317559']],
    ]);
  });
});
