import { describe, expect, it } from 'vitest';
import { extractAmazonBody } from './parse-fixture';

/**
 * The order number and date at the top of a detail page, in the data-component layout (2024) where they are
 * `<span>`s inside `[data-component="orderDateInvoice"]` and no `.order-date-invoice-item` exists. Written here
 * (no real page of that variant in the fixture set has this block without the classic items).
 */
function extract(body: string) {
  return extractAmazonBody('https://www.amazon.co.uk/gp/your-account/order-details?orderID=202-1416149-4038736', body);
}

describe('Amazon detail: date and number block', () => {
  it('reads the data-component block span by span and names that strategy', () => {
    const r = extract(`<div data-component="orderCard">
      <div data-component="orderDateInvoice"><div class="a-row">
        <span>Order placed 3 March 2024</span><span class="a-color-secondary">Order number</span>
        <span><bdi dir="ltr">202-1416149-4038736</bdi></span>
      </div></div>
      <span>Session 262-0000000-1234567</span>
    </div>`);
    expect(r.orders.map((o) => [o.orderId, o.orderDate])).toEqual([['202-1416149-4038736', '2024-03-03']]);
    const strategies = r.diagnostics.filter((d) => d.field === 'orderId' || d.field === 'orderDate');
    expect(strategies.map((d) => d.strategy)).toEqual([
      '[data-component="orderDateInvoice"]',
      '[data-component="orderDateInvoice"]',
    ]);
  });

  // The 2026 variant (a public saved amazon.it page, structure only: no licence to ship it): date and number in blocks
  // of their own, each beside a label block. The labels here are ones Kefu does not know, so only the blocks can say
  // which span is the number (a storefront whose words are not in labels.ts).
  it('reads the 2026 blocks (orderDate, orderId) without knowing their labels', () => {
    const r = extractAmazonBody(
      'https://www.amazon.it/gp/your-account/order-details?orderID=407-0587852-0014744',
      `<div data-component="orderCard"><div data-component="briefOrderInfoInvoice"><div class="a-section">
        <div data-component="briefOrderInfoInvoiceLeftGrid">
          <div data-component="poNumber"></div>
          <div data-component="orderDateLabel"><span>Xyz:</span></div>
          <div data-component="orderDate"><span>18 febbraio 2026 <i class="a-icon a-icon-text-separator"></i></span></div>
          <div data-component="orderIdLabel"><span>Qrs</span></div>
          <div data-component="orderId"><span>407-0587852-0014744</span></div>
        </div>
        <div data-component="orderInvoice"><a href="javascript:void(0)">Fattura / Ricevuta</a></div>
      </div></div>
      <span>Session 262-3677350-8377705</span></div>`,
    );
    expect(r.orders.map((o) => [o.orderId, o.orderDate])).toEqual([['407-0587852-0014744', '2026-02-18']]);
    const strategies = r.diagnostics.filter((d) => d.field === 'orderId' || d.field === 'orderDate');
    expect(strategies.map((d) => d.strategy)).toEqual([
      '[data-component="briefOrderInfoInvoice"]',
      '[data-component="briefOrderInfoInvoice"]',
    ]);
  });

  it('prefers the classic items when both are on the page', () => {
    const r = extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 1 February 2024</span>
      <span class="order-date-invoice-item">Order# <bdi>202-1416149-4038736</bdi></span>
      <div data-component="orderDateInvoice"><span>Order placed 9 September 2023</span></div>
    </div>`);
    expect(r.orders[0]?.orderDate).toBe('2024-02-01');
    expect(r.diagnostics.find((d) => d.field === 'orderDate')?.strategy).toBe('.order-date-invoice-item');
  });
});

describe('Amazon detail: labelled total', () => {
  it('needs a currency: a count after the label is not the total', () => {
    const r = extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 1 February 2024</span>
      <span class="order-date-invoice-item">Order# <bdi>202-1416149-4038736</bdi></span>
      <div><span>Grand Total: (2)</span><span>£12.34</span></div>
    </div>`);
    expect(r.orders[0]?.total).toEqual({ amount: 12.34, currency: 'GBP', text: '£12.34' });
  });
});

describe('Amazon detail: items', () => {
  it('takes the order’s product links, not a recommendation carousel’s or a price link', () => {
    const r = extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 20 January 2019</span>
      <span class="order-date-invoice-item">Order# <bdi>026-5653597-4769168</bdi></span>
      <div class="a-row"><a href="/gp/product/B004124YEQ/ref=ppx_od_dt_b_asin_title_s00">Bahco S560 Socket Set</a></div>
      <div class="a-row"><a href="/gp/product/B004124YEQ/ref=ppx_od_dt_b_asin_title_s00">£87.40</a></div>
      <div class="a-section p13n-sc-shoveler"><div class="a-section a-spacing-none p13n-asin">
        <a href="/Impact-Driver/dp/B07WCP15NG/ref=ya_od_pd_dx_gr_1">Impact Driver Socket Adapter Set</a>
        <div class="a-row"><a href="/Impact-Driver/dp/B07WCP15NG/ref=ya_od_pd_dx_gr_1">£6.40</a></div>
      </div></div>
    </div>`);
    expect(r.orders[0]?.items.map((i) => i.title)).toEqual(['Bahco S560 Socket Set']);
  });
});

describe('Amazon list card: items shown as pictures only', () => {
  it('names an item by its picture’s alt text, once per product', () => {
    const r = extractAmazonBody(
      'https://www.amazon.in/your-orders/orders',
      `<div class="order-card js-order-card">
        <div class="order-header"><div class="yohtmlc-order-id"><span>Order #</span> <span>171-2219219-6534702</span></div>
          <span>Total</span><span>₹522.75</span></div>
        <div class="a-box delivery-box"><span class="delivery-box__primary-text">Arriving tomorrow</span>
          <a href="/dp/B0BQF6PKFX?ref=ppx_yo2ov_dt_b_fed_asin_image"><img alt="Trycone Foot cream" src="x.jpg"></a>
          <a href="/dp/B0BQF6PKFX?ref=ppx_yo2ov_dt_b_fed_asin_title"><img alt="Trycone Foot cream" src="x.jpg"></a>
          <a href="/dp/B07XYZ1234?ref=ppx_yo2ov_dt_b_fed_asin_image"><img alt="Cotton socks, 3 pairs" src="y.jpg"></a>
        </div></div>`,
    );
    expect(r.orders[0]?.items.map((i) => i.title)).toEqual(['Trycone Foot cream', 'Cotton socks, 3 pairs']);
    expect(r.orders[0]?.total?.amount).toBe(522.75);
  });
});

describe('Amazon detail: the same product in two shipments', () => {
  it('stays two item lines (one per shipment)', () => {
    const r = extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 1 February 2024</span>
      <span class="order-date-invoice-item">Order# <bdi>202-1416149-4038736</bdi></span>
      <div class="shipment"><div class="yohtmlc-item"><a href="/gp/product/B07ABCDE12/ref=ppx_yo_dt_b_asin_title_o00_s00">USB-C Cable 2m</a></div></div>
      <div class="shipment"><div class="yohtmlc-item"><a href="/gp/product/B07ABCDE12/ref=ppx_yo_dt_b_asin_title_o00_s01">USB-C Cable 2m</a></div></div>
    </div>`);
    expect(r.orders[0]?.items).toHaveLength(2);
  });
});

describe('Amazon items: a quantity written in the item cell (classic cells without a badge)', () => {
  const cells = (...bodies: string[]) =>
    extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 1 February 2024</span>
      <span class="order-date-invoice-item">Order# <bdi>202-1416149-4038736</bdi></span>
      ${bodies.map((b, i) => `<div class="shipment"><div class="yohtmlc-item">${b.replace('HREF', `/gp/product/B07ABCDE1${i}`)}</div></div>`).join('')}
    </div>`).orders[0]?.items.map((i) => [i.title, i.quantity]);

  it('reads "2 of:" at the start of the cell, also split over two text nodes, and "Qty: 3" anywhere in it', () => {
    expect(
      cells(
        '2 of: <a href="HREF">Notebook A5</a>',
        '<b>4</b><i> of:</i> <a href="HREF">Pencil HB</a>',
        '<a href="HREF">Eraser</a><div class="a-row"><span>Sold by: Shop</span></div><span>Qty:</span><span>3</span>',
        '<a href="HREF">Ruler 30 cm</a><span>Menge</span>\u200b<span>5</span>',
      ),
    ).toEqual([
      ['Notebook A5', 2],
      ['Pencil HB', 4],
      ['Eraser', 3],
      ['Ruler 30 cm', 5],
    ]);
  });

  it('is 1 when the number is not at the start, or the quantity word is only in a script', () => {
    expect(
      cells(
        '<a href="HREF">Pack of 12 pens</a><span>Return window closed on Jan 29, 2019</span>',
        '<a href="HREF">Stapler</a><script>var quantity = 9;</script><span>Buy it again</span>',
      ),
    ).toEqual([
      ['Pack of 12 pens', 1],
      ['Stapler', 1],
    ]);
  });
});
