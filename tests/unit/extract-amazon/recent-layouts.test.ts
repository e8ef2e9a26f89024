import { describe, expect, it } from 'vitest';
import { extractAmazonBody } from './parse-fixture';

/**
 * The 2026 list card, whose shipments of several items show them as a grid or a carousel of small cards
 * (`yo-enhanced-*`), next to classic one-item rows — in the shape of alexdlaird/amazon-orders
 * `tests/resources/orders/order-history-multi-item-shipments.html` (2026-08), rebuilt small with made-up values.
 */
const LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2026';

const header = (id: string, total: string) => `
  <div class="a-box a-color-offset-background order-header"><ul class="order-header__header-list">
    <li><span class="a-text-caps">Order placed</span> <span>August 26, 2026</span></li>
    <li><span class="a-text-caps">Total</span> <span>${total}</span></li>
    <li><span>Order #</span> <span class="yohtmlc-order-id"><span dir="ltr">${id}</span></span></li></ul></div>`;

const row = (asin: string, title: string, qty = '') => `
  <div class="a-fixed-left-grid item-box yo-enhanced-items"><div class="product-image">
    <a href="/dp/${asin}?ref=ppx_yo2ov_dt_b_fed_asin_title"><img alt="${title}, long image text"></a>
    ${qty ? `<span class="product-image__qty">${qty}</span>` : ''}</div>
    <div class="yohtmlc-product-title"><a href="/dp/${asin}?ref=ppx_yo2ov_dt_b_fed_asin_title">${title}</a></div></div>`;

const card = (cls: string, imageCls: string, asin: string, title: string, qty = '') => `
  <div class="${cls}"><div class="${imageCls}"><a href="/dp/${asin}?ref=x" tabindex="-1"><img alt="${title}, long image text"></a>
    ${qty ? `<span class="product-image__qty">${qty}</span>` : ''}</div>
    <div class="a-spacing-top-mini yo-enhanced-title"><a class="a-link-normal" href="/dp/${asin}?ref=x">${title}</a></div>
    <div class="yohtmlc-item-level-connections"><a href="/gp/buyagain?ats=x">Buy it again</a></div></div>`;

const box = (status: string, inner: string) => `
  <div class="a-box delivery-box"><div class="yohtmlc-shipment-status-primaryText">
    <span class="delivery-box__primary-text a-text-bold">${status}</span></div>${inner}
    <a href="/gp/your-account/ship-track?orderId=x&shipmentId=${status.length}">Track package</a></div>`;

describe('Amazon list card, 2026: shipments shown as a grid or a carousel of item cards', () => {
  const body = `<div id="ordersContainer">
    <div class="order-card js-order-card">${header('112-1234567-1111111', '$79.17')}
      ${box(
        'Delivered August 28',
        `<div class="yo-enhanced-flex">${card('yo-enhanced-flex-card', 'yo-enhanced-flex-image', 'B000000001', 'Resistor kit, 60 values', '3')}${card('yo-enhanced-flex-card', 'yo-enhanced-flex-image', 'B000000002', 'IC sockets, 155 pcs')}</div>`,
      )}
      ${box('Delivered August 29', row('B000000003', 'Diode kit, 14 values', '2'))}</div>
    <div class="order-card js-order-card">${header('112-1234567-2222222', '$96.97')}
      ${box(
        'Delivered August 12',
        `<div class="a-begin a-carousel-container a-carousel-static yo-enhanced-item-carousel" data-a-carousel-options='{"first_item_flush_left":true}'>
          <ol class="a-carousel"><li class="a-carousel-card">${card('yo-enhanced-card', 'yo-enhanced-card-image', 'B000000004', 'Breadboard kit')}</li>
          <li class="a-carousel-card">${card('yo-enhanced-card', 'yo-enhanced-card-image', 'B000000005', 'Bench power supply')}</li></ol></div>`,
      )}</div>
    <div class="a-carousel-container" data-a-carousel-options="{}"><a href="/dp/B0RECOMMND/ref=p13n">Customers also bought</a></div>
  </div>`;
  const { orders } = extractAmazonBody(LIST, body);

  it('reads grid cards and one-item rows of the same order, each with its quantity badge', () => {
    expect(orders.map((o) => o.orderId)).toEqual(['112-1234567-1111111', '112-1234567-2222222']);
    expect(orders[0]?.items).toEqual([
      { title: 'Resistor kit, 60 values', quantity: 3, url: 'https://www.amazon.com/dp/B000000001?ref=x' },
      { title: 'IC sockets, 155 pcs', quantity: 1, url: 'https://www.amazon.com/dp/B000000002?ref=x' },
      {
        title: 'Diode kit, 14 values',
        quantity: 2,
        url: 'https://www.amazon.com/dp/B000000003?ref=ppx_yo2ov_dt_b_fed_asin_title',
      },
    ]);
    expect(orders[0]?.shipments.map((s) => s.status)).toEqual(['Delivered August 28', 'Delivered August 29']);
    expect(orders[0]?.total?.amount).toBe(79.17);
  });

  it("reads the order's own carousel as its items, and no recommendation carousel", () => {
    expect(orders[1]?.items.map((i) => i.title)).toEqual(['Breadboard kit', 'Bench power supply']);
  });

  it('a card with only a carousel and no title elements still takes its product links (not a recommendation)', () => {
    const bare = body.replaceAll('yo-enhanced-title', 'x-title').replaceAll('yohtmlc-product-title', 'x-title');
    const [, second] = extractAmazonBody(LIST, bare).orders;
    expect(second?.items.map((i) => i.title)).toEqual(['Breadboard kit', 'Bench power supply']);
  });
});

describe('Whole Foods in-store purchase ("FOPO") detail page', () => {
  // The shape of alexdlaird/amazon-orders `order-details-fopo-*.html` (2024–2025), rebuilt small with made-up values.
  const body = `<div id="odp-main-section"><div id="f3_food_ProgressTracker">
      <h2 id="ufpo-order-status-primary">Purchased at Whole Foods Market - Domain</h2>
      <span id="ufpo-order-status-secondary">Purchased on Sunday, October 5, 2025</span>
      <div id="progress-tracker-refresh-data" data-orderId="113-1234567-7654321"></div></div>
    <div id="f3_food_ItemList">
      <div class="a-row"><div class="a-column a-span10 a-ws-span11 a-span-last"><div class="a-row">
        <div class="a-column a-span10"><a class="a-size-small a-link-normal" href="/dp/B0BQCG1XVZ?ref_=wfmInStore_food_od_product_details">Castelvetrano Olives, 19 oz</a></div>
        <div class="a-column a-span2"><span class="a-size-small">$6.50</span></div></div>
        <div class="a-row"><span class="a-size-small">Qty: 1</span> <span>@</span> <span>$9.29 each</span></div></div></div>
      <div class="a-row"><div class="a-column a-span10 a-ws-span11 a-span-last"><div class="a-row">
        <div class="a-column a-span10"><span class="a-size-small">Moon Drop Grapes</span></div>
        <div class="a-column a-span2"><span class="a-size-small">$12.18</span></div></div>
        <div class="a-row"><span class="a-size-small">Qty: 2.44 lb</span></div></div></div></div>
    <div id="f3_food_WfmInStoreOrderSummary"><span>Purchase Summary</span>
      <span>Order #: 113-1234567-7654321</span><br><span>Purchased Sunday, October 5, 2025</span>
      <table><tr><td><span class="a-text-bold">Item Subtotal</span></td><td><span class="a-text-bold">$27.96</span></td></tr>
      <tr><td><span class="a-text-bold">Grand Total</span></td><td class="a-text-bold"><span>$25.71</span></td></tr></table></div></div>`;

  it('is read on its own URL: number, date, grand total (not the bold subtotal) and items, linked or not', () => {
    const url =
      'https://www.amazon.com/fopo/order-details/ref=ppx_yo2ov_dt_b_fed_order_details?ie=UTF8&orderID=113-1234567-7654321';
    const [order] = extractAmazonBody(url, body).orders;
    expect([order?.orderId, order?.orderDate, order?.total?.amount]).toEqual([
      '113-1234567-7654321',
      '2025-10-05',
      25.71,
    ]);
    // Produce has no product page: its name is plain text, not a link.
    expect(order?.items.map((i) => [i.title, i.url])).toEqual([
      ['Castelvetrano Olives, 19 oz', 'https://www.amazon.com/dp/B0BQCG1XVZ?ref_=wfmInStore_food_od_product_details'],
      ['Moon Drop Grapes', undefined],
    ]);
    expect(order?.detailUrl).toBe(url);
  });

  it("a URL naming another order (a redirect, a stale link) does not become the order's detail link", () => {
    const [order] = extractAmazonBody(
      'https://www.amazon.com/gp/your-account/order-details?orderID=147-7654321-1234567',
      body,
    ).orders;
    expect(order?.orderId).toBe('113-1234567-7654321');
    expect(order?.detailUrl).toBe('https://www.amazon.com/gp/your-account/order-details?orderID=113-1234567-7654321');
  });
});

describe('Amazon Store (physical shop) purchase on the order list', () => {
  it("links to the card's own receipt, not to a detail page built from the number", () => {
    const body = `<div id="ordersContainer"><div class="order-card js-order-card">
      <div class="a-box order-header"><span>Order placed</span> <span>March 3, 2024</span> <span>Total</span> <span>$8.47</span>
        <div class="yohtmlc-order-id"><span>Order #</span> <span dir="ltr">113-1234567-7654321</span></div>
        <div class="yohtmlc-order-level-connections">
          <a href="/go/receipts/order/113-1234567-7654321?ref=ppx_yo2ov_dt_b_fed_wwgs_go">View order details</a>
          <a href="/gp/css/summary/print.html?orderID=113-1234567-7654321">View invoice</a></div></div>
      <div class="a-box delivery-box"><span class="delivery-box__primary-text">Purchased in store</span></div></div></div>`;
    const [order] = extractAmazonBody('https://www.amazon.com/your-orders/orders?timeFilter=year-2024', body).orders;
    expect(order?.detailUrl).toBe(
      'https://www.amazon.com/go/receipts/order/113-1234567-7654321?ref=ppx_yo2ov_dt_b_fed_wwgs_go',
    );
    expect([order?.orderDate, order?.total?.amount]).toEqual(['2024-03-03', 8.47]);
  });
});
