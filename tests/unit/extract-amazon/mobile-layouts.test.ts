import { describe, expect, it } from 'vitest';
import { amazonSite } from '../../../lib/sites/amazon/index';
import { AMAZON_ORDER_PATHS, amazonMatchPatterns } from '../../../lib/sites/amazon/marketplaces';
import { matches } from '../match-pattern';
import { extractAmazonBody, parseHtml } from './parse-fixture';

/**
 * Amazon's mobile web order pages (a phone browser, and the Amazon app's web view), 2025–2026. Synthetic: rebuilt small
 * with made-up values from public markup —
 * - list: a Deno amazon.co.jp order parser's tests (`div.a-box.past-purchase-tile` > `a.item-card__link` to
 *   `/your-orders/pop?orderId=…&lineItemId=…`, `.item-card__primary-text` title,
 *   `.past-purchase-tile__asin-information-secondary-text-container` status, appended to
 *   `div.past-purchases-refreshed-container`); a Python amazon.com scraper fetching the phone list (tiles appended to
 *   `div.your-orders-mobile-orders-container`, the order number read from the tile link's `orderId=`); a dark-theme
 *   userstyle's tests of the app's "Your Orders" page (`section.your-orders-mobile-content-container.js-yo-container`,
 *   `#past-purchases-section-id .past-purchase-tile .product-image__qty`);
 * - detail: that scraper's order-detail request (`/gp/aw/ya?ac=od&ref=ppx_pop_mob_b_order_details&oid=…`, referred
 *   from the phone's `/your-orders/pop` page) and the Deno parser's `/gp/aw/ya?ac=od&oid=…` detail path and "mobile
 *   details" rows (`.od-line-item-row` label/content, "注文日 2026年8月17日").
 */
const tile = (id: string, line: string, title: string, status: string, qty = '') => `
  <li><div class="a-box past-purchase-tile"><div class="a-box-inner">
    <a class="item-card__link" aria-label="${title}, ${status}"
       href="/your-orders/pop?ref=ppx_yo2ov_mob_b_pop&amp;orderId=${id}&amp;lineItemId=${line}&amp;shipmentId=Bx1&amp;packageId=1"></a>
    <div class="past-purchase-tile__asin-thumbnail"><img alt="${title}" src="x.jpg">${qty ? `<span class="product-image__qty">${qty}</span>` : ''}</div>
    <div class="past-purchase-tile__asin-information">
      <div class="past-purchase-tile__asin-information-primary-text-container"><span class="item-card__primary-text">${title}</span></div>
      <div class="past-purchase-tile__asin-information-secondary-text-container">${status}</div></div>
  </div></div></li>`;

describe('Amazon mobile web order list: one tile per item', () => {
  const body = `<section class="your-orders-mobile-content-container aok-relative js-yo-container">
    <div class="yo-mobile-atf"><h1>Your Orders</h1><form class="search-bar js-search-bar"><input name="search"></form></div>
    <div id="past-purchases-section-id"><div class="your-orders-mobile-orders-container"><ul class="a-unordered-list a-nostyle">
      ${tile('113-1234567-1111111', 'abcdefghijklmn', 'USB-C cable, 2 pack', 'Delivered March 3', '2')}
      ${tile('113-1234567-1111111', 'opqrstuvwxyzab', 'Desk lamp', 'Delivered March 3')}
      ${tile('114-7654321-2222222', 'cdefghijklmnop', 'Notebook', 'Arriving Friday')}
    </ul></div></div></section>
    <script>var ue_sid = '123-4567890-1234567', sentinel = '000-0000000-8675309';</script>`;
  const { orders } = extractAmazonBody('https://www.amazon.com/your-orders/orders?ref_=ppx_yo2ov_mob_b_orders', body);

  it("gives each order once, from its tiles' links, with every tile's item, its quantity badge and the status line", () => {
    expect(orders.map((o) => o.orderId)).toEqual(['113-1234567-1111111', '114-7654321-2222222']);
    expect(orders[0]?.items).toEqual([
      { title: 'USB-C cable, 2 pack', quantity: 2 },
      { title: 'Desk lamp', quantity: 1 },
    ]);
    expect(orders[0]?.status).toBe('Delivered March 3');
    expect(orders[1]?.items).toEqual([{ title: 'Notebook', quantity: 1 }]);
    expect(orders[1]?.status).toBe('Arriving Friday');
    // The tile links to "View your item", not to the order: the order's own detail page is built from its number.
    expect(orders[1]?.detailUrl).toBe(
      'https://www.amazon.com/gp/your-account/order-details?orderID=114-7654321-2222222',
    );
  });

  it('keeps two lines of one product (two tiles, same title, other quantities) as two items', () => {
    const two = `${tile('113-1234567-3333333', 'aaaaaaaaaaaaaa', "Men's Crew T-Shirt", 'Delivered', '2')}
      ${tile('113-1234567-3333333', 'bbbbbbbbbbbbbb', "Men's Crew T-Shirt", 'Delivered')}`;
    const [order] = extractAmazonBody('https://www.amazon.com/your-orders/orders', `<ul>${two}</ul>`).orders;
    expect(order?.items.map((i) => i.quantity)).toEqual([2, 1]);
  });

  it("dates an order by its tile link's aria-label after an order-date label, never by a delivery line", () => {
    // The Deno amazon.co.jp parser's tile fixture: the link's aria-label is "<title>, 注文日 <date>" (the list draws no
    // date), or "<title>, <delivery line>". The second tile of the same order adds nothing to the date.
    const dated = (id: string, label: string) => `<li><div class="a-box past-purchase-tile"><div class="a-box-inner">
      <a class="item-card__link" href="/your-orders/pop?orderId=${id}&amp;lineItemId=1" aria-label="${label}"></a>
      <div class="past-purchase-tile__asin-information-primary-text-container"><span class="item-card__primary-text">テスト商品</span></div>
      <div class="past-purchase-tile__asin-information-secondary-text-container">8月21日にお届け済み</div></div></div></li>`;
    const body = `<div class="past-purchases-refreshed-container"><ul>
      ${dated('503-1234567-7654321', 'テスト商品, 注文日 2026年8月20日')}
      ${dated('503-1234567-7654321', 'テスト商品, 8月21日にお届け済み')}
      ${dated('503-7654321-1234567', 'テスト商品, 2024年8月21日にお届け済み')}</ul></div>`;
    const { orders } = extractAmazonBody('https://www.amazon.co.jp/your-orders/orders', body);
    expect(orders.map((o) => [o.orderId, o.orderDate])).toEqual([
      ['503-1234567-7654321', '2026-08-20'],
      ['503-7654321-1234567', undefined],
    ]);
  });

  it('the same order on two desktop cards (a strip above the list) still lists its items once', () => {
    const card = `<div class="order-card"><div class="order-header"><span>Order #</span>
      <span class="yohtmlc-order-id">112-1111111-1111111</span></div>
      <div class="yohtmlc-product-title"><a href="/dp/B000000001">Kettle</a></div></div>`;
    const [order] = extractAmazonBody('https://www.amazon.com/your-orders/orders', card + card).orders;
    expect(order?.items.map((i) => i.title)).toEqual(['Kettle']);
  });
});

describe('Amazon mobile web order detail (/gp/aw/ya?ac=od&oid=…)', () => {
  const url = 'https://www.amazon.co.jp/gp/aw/ya?ac=od&ref=ppx_pop_mob_b_order_details&oid=503-1234567-7654321';
  const rows = `<div><span>注文日 2026年8月17日</span></div>
    <div class="a-row od-line-item-row"><div class="od-line-item-row-label">商品の小計：</div><div class="od-line-item-row-content">￥1,180</div></div>
    <div class="a-row od-line-item-row"><div class="od-line-item-row-label">注文合計：</div><div class="od-line-item-row-content">￥1,280</div></div>
    <div class="a-row od-line-item-row"><div class="od-line-item-row-label">ご請求額：</div><div class="od-line-item-row-content">￥1,000</div></div>
    <div class="a-box"><a href="/dp/B0JPTEST01">ほしいも 500g</a></div>`;

  it('is an order-detail page the orders script runs on, on every storefront; the rest of /gp/aw/ya is not', () => {
    expect(amazonSite.pageKind(new URL(url), parseHtml('', url).doc)).toBe('order-detail');
    const patterns = amazonMatchPatterns(AMAZON_ORDER_PATHS);
    for (const u of [url, 'https://www.amazon.com/gp/aw/ya/ref=x?ie=UTF8&ac=od&oid=112-1234567-1234567']) {
      expect(
        patterns.some((p) => matches(p, u)),
        u,
      ).toBe(true);
    }
    const hub = 'https://www.amazon.com/gp/aw/ya?ref_=navm_hdr_profile';
    expect(patterns.some((p) => matches(p, hub))).toBe(false);
    expect(amazonSite.pageKind(new URL(hub), parseHtml('', hub).doc)).toBe('other');
  });

  it('reads the number from its label, else from the URL (`oid`) when a link on the page carries it', () => {
    const labelled = extractAmazonBody(url, `<div><span>注文番号 503-1234567-7654321</span></div>${rows}`).orders[0];
    expect(labelled).toMatchObject({
      orderId: '503-1234567-7654321',
      orderDate: '2026-08-17',
      total: { amount: 1280, currency: 'JPY' },
      items: [{ title: 'ほしいも 500g' }],
      detailUrl: url,
    });
    const linked = `<a href="/gp/css/summary/print.html?orderID=503-1234567-7654321">領収書</a>${rows}`;
    expect(extractAmazonBody(url, linked).orders.map((o) => o.orderId)).toEqual(['503-1234567-7654321']);
  });
});
