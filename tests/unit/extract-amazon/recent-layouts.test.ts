import { describe, expect, it } from 'vitest';
import { ORDER_DATE_LABEL } from '../../../lib/sites/amazon/labels';
import { parseAmazonDate } from '../../../lib/sites/amazon/parse-date';
import { labelledValue } from '../../../lib/sites/amazon/read-labelled-text';
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
    expect(order?.status).toBe('Purchased at Whole Foods Market - Domain');
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

describe('Amazon Fresh / grocery delivery detail (/uff/your-account/order-details, "ufpo" markup, 2025–2026)', () => {
  // Synthetic, values made up. The shape of PDP-Connect/pdpp
  // packages/polyfill-connectors/connectors/amazon/__fixtures__/order-detail-ufpo-minimal.html (Apache-2.0; itself a
  // minimal page after that project's structural notes on a live page): `#ufpo-order-status-primary`, item rows
  // `<asin>-item-grid-row` with a quantity column `.a-span1.a-text-center`, `dl.ufpo-charge-breakdown` with the total in
  // bold. A second grocery scraper reads the same (`#item-list-page [id$='-item-grid-row']`, that quantity column,
  // `#order-summary .ufpo-charge-breakdown > .a-row`, `#ufpo-order-invoice-link`). The invoice link's href is assumed.
  const row = (asin: string, title: string, qty: string, price: string) => `
    <div id="${asin}-item-grid-row" class="a-row a-spacing-top-base a-grid-vertical-align a-grid-center" role="row">
      <div class="a-column a-span1 ufpo-item-image-column" role="gridcell"><img src="x.jpg" alt="${title}"></div>
      <div class="a-column a-span11 a-span-last" role="presentation">
        <div class="a-row a-spacing-small a-spacing-top-small a-grid-vertical-align a-grid-center" role="presentation">
          <div class="a-column a-span6" role="gridcell"><a class="a-link-normal a-text-normal" href="/dp/${asin}?ref_=uff_od_product">${title}</a></div>
          <div class="a-column a-span1 a-text-center" role="gridcell">${qty}</div>
          <div class="a-column a-span2 a-text-left a-span-last" role="gridcell"><span id="${asin}-item-total-price">${price}</span></div>
        </div></div></div>`;
  const body = `<div id="ufpo-od-main-section" class="a-section ufpo-order-details-page-only">
      <div id="ufpo-order-status-container"><h2 id="ufpo-order-status-primary">Delivered today</h2>
      <span id="ufpo-order-status-secondary">Arrived during the selected window</span></div></div>
    <a id="ufpo-order-invoice-link" href="/uff/your-account/order-details/printable?orderID=111-2222222-3333333">View invoice</a>
    <div id="item-list-page"><div class="a-row ufpo-item-list-table" role="presentation">
      ${row('B01UFPO001', 'Apples, 3 lb bag', '1', '$3.00')}${row('B02UFPO002', 'Peaches', '2', '$6.00')}</div></div>
    <div id="order-summary"><div class="a-row"><span class="a-color-tertiary">Ordered March 3, 2026 10:15 AM</span></div>
      <dl class="a-definition-list a-vertical ufpo-order-summary-list ufpo-charge-breakdown">
      <div class="a-row"><div class="a-column a-span8"><dt><span>Items subtotal</span></dt></div>
        <div class="a-column a-span4 a-span-last"><dd><span class="a-text-strike">$10.00</span> <span>$9.00</span></dd></div></div>
      <div class="a-row"><div class="a-column a-span8"><dt><span>Service fee</span></dt></div>
        <div class="a-column a-span4 a-span-last"><dd><span>$1.50</span></dd></div></div>
      <div class="a-row"><div class="a-column a-span8"><dt><span class="a-text-bold">Total</span></dt></div>
        <div class="a-column a-span4 a-span-last"><dd><span class="a-text-bold">$10.50</span></dd></div></div></dl></div>`;

  it("reads the bold total of the charge list, the status line and each row's quantity column", () => {
    const url = 'https://www.amazon.com/uff/your-account/order-details?orderID=111-2222222-3333333&page=itemmod';
    const [order] = extractAmazonBody(url, body).orders;
    expect(order?.orderId).toBe('111-2222222-3333333');
    // "Ordered <date> <time>" (the grocery scraper strips /^Ordered\s+/ and the time): no "on" after the label.
    expect(order?.orderDate).toBe('2026-03-03');
    expect(order?.total).toEqual({ amount: 10.5, currency: 'USD', text: '$10.50' });
    expect(order?.status).toBe('Delivered today');
    expect(order?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Apples, 3 lb bag', 1],
      ['Peaches', 2],
    ]);
  });
});

describe("'Ordered' alone as an order-date label", () => {
  const dateAfterLabel = (chunks: string[]) => labelledValue(chunks, ORDER_DATE_LABEL, (t) => parseAmazonDate(t, 'en'));
  it('labels the date it starts a line with', () => {
    expect(dateAfterLabel(['Ordered March 3, 2026 10:15 AM'])).toBe('2026-03-03');
  });
  it("is no label inside a line: an invoice's 'Items Ordered' column or '2 items ordered' before a delivery date", () => {
    expect(dateAfterLabel(['Items Ordered', 'Delivered Mar 5, 2026'])).toBeNull();
    expect(dateAfterLabel(['2 items ordered', 'Delivered Mar 5, 2026', 'Ordered on March 1, 2026'])).toBe('2026-03-01');
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

describe('Amazon data-component detail (2024): the quantity slot beside the price', () => {
  // In the shape of the .de detail pages of alexdlaird/amazon-orders (2024): the slot is empty for one item.
  const item = (asin: string, title: string, qty: string) => `
    <div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner">
      <div class="a-fixed-left-grid-col a-col-left"><a href="/dp/${asin}"><img alt="${title}"></a></div>
      <div class="a-fixed-left-grid-col a-col-right" data-component="purchasedItemsRightGrid">
        <div data-component="itemTitle"><a href="/dp/${asin}">${title}</a></div>
        <div data-component="quantity">${qty}</div>
        <div data-component="unitPrice"><span class="a-offscreen">8,75€</span></div></div></div></div>`;

  it('reads "Menge: 3" / "Qty: 2" from the slot, and 1 from an empty one', () => {
    const { orders } = extractAmazonBody(
      'https://www.amazon.de/gp/your-account/order-details?orderID=305-1234567-7654321',
      `<div data-component="orderCard"><span data-component="orderDateInvoice"><span>Bestellt am 3. November 2024</span>
        <span>Bestellnr. <bdi>305-1234567-7654321</bdi></span></span>
        <div data-component="purchasedItems">${item('B000000001', 'Kaffeebohnen, 1 kg', 'Menge: 3')}${item('B000000002', 'Milchschäumer', '')}${item('B000000003', 'Entkalker', 'Qty: 2')}</div></div>`,
    );
    expect(orders[0]?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Kaffeebohnen, 1 kg', 3],
      ['Milchschäumer', 1],
      ['Entkalker', 2],
    ]);
  });
});

describe('Amazon Business order history (2025–2026): `#orderCard` boxes without the retail classes', () => {
  // In the shape of a scrubbed live amazon.de Business page as a public page model shows it (2026), made-up values.
  const card = (id: string, date: string, total: string, status: string, items: string) => `
    <div id="orderCard" class="a-box-group a-spacing-top-base">
      <input type="hidden" name="aggregatedFields" value='{"orderId":"${id}"}'>
      <div id="orderCardHeader" class="a-box"><div class="a-box-inner"><div class="a-row">
        <div class="a-column a-span2"><div class="a-row a-color-secondary">Bestellung aufgegeben</div><div class="a-row">${date}</div></div>
        ${total ? `<div class="a-column a-span2"><div class="a-row a-color-secondary">Summe</div><div class="a-row">${total}</div></div>` : ''}
        <ul><li id="orderIdField"><span id="orderIdLabel" class="a-color-secondary">Bestellnr.</span> <span dir="auto">${id}</span></li>
          <li><a href="/your-orders/order-details?orderID=${id}&amp;ref=ab_ppx_yo_dt_b_fed_order_details">Bestelldetails anzeigen</a></li></ul>
      </div></div></div>
      <div id="orderCardDeliveryBox" class="a-box"><div class="a-box-inner">
        <div class="a-row a-size-medium"><span class="a-color-base a-text-bold">${status}</span></div>
        <div id="deliveryItemList">${items}</div>
        <a href="/progress-tracker/package?orderId=${id}&amp;shipmentId=S1&amp;packageIndex=0" class="a-button-text">Lieferung verfolgen</a>
      </div></div></div>`;
  const item = (asin: string, title: string) => `
    <div id="itemDetail" class="a-row itemDetails"><a class="itemImage" href="/dp/${asin}?ref=fed_asin_title"><img alt="" class="itemImageSource"></a>
      <div class="a-row"><a class="a-link-normal" href="/dp/${asin}?ref=fed_asin_title">${title}</a></div>
      <div class="a-row"><span class="a-color-price">12,34 €</span></div></div>`;

  it('reads every card: number, date, total (not an item price), items, status and tracking link', () => {
    const { orders } = extractAmazonBody(
      'https://www.amazon.de/your-orders/orders',
      `<div id="yourOrderHistorySection">${card('302-1111111-2222222', '25. September 2026', '', 'Zugestellt am 27. September', item('B000000001', 'Druckerpapier A4'))}
        ${card('302-3333333-4444444', '2. Oktober 2026', '45,00 €', 'Unterwegs', item('B000000002', 'Toner schwarz') + item('B000000003', 'Heftklammern'))}</div>`,
    );
    expect(orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.status])).toEqual([
      ['302-1111111-2222222', '2026-09-25', undefined, 'Zugestellt am 27. September'],
      ['302-3333333-4444444', '2026-10-02', 45, 'Unterwegs'],
    ]);
    expect(orders[1]?.items.map((i) => i.title)).toEqual(['Toner schwarz', 'Heftklammern']);
    expect(orders[1]?.shipments).toEqual([
      {
        status: 'Unterwegs',
        trackingUrl:
          'https://www.amazon.de/progress-tracker/package?orderId=302-3333333-4444444&shipmentId=S1&packageIndex=0',
      },
    ]);
    expect(orders[0]?.detailUrl).toBe(
      'https://www.amazon.de/your-orders/order-details?orderID=302-1111111-2222222&ref=ab_ppx_yo_dt_b_fed_order_details',
    );
  });
});

describe('Amazon Fresh order detail (/uff/…, the Fresh list cards link there, 2025; the page itself unseen)', () => {
  it('is read by the labelled-text fallbacks when none of the known layouts matches: a UUID order id, date and total', () => {
    const id = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const [order] = extractAmazonBody(
      `https://www.amazon.com/uff/your-account/order-details?orderID=${id}`,
      `<div id="a-page"><div><span>Ordered on January 3, 2025</span> <span>Order# ${id}</span></div>
        <div class="a-fixed-left-grid"><a href="/dp/B000000001">Bananas, 1 bunch</a></div>
        <div><span>Item(s) Subtotal: $12.34</span><span>Grand Total:</span><span>$13.45</span></div></div>`,
    ).orders;
    expect([order?.orderId, order?.orderDate, order?.total?.amount, order?.items[0]?.title]).toEqual([
      id,
      '2025-01-03',
      13.45,
      'Bananas, 1 bunch',
    ]);
  });
});

describe('Amazon detail sellers: the "Sold by:" lines, not a title that starts with the words', () => {
  it('reads each row once, and skips "Sold By Owner Sign Kit" and "販売促進用 …" titles', () => {
    const row = (asin: string, title: string, seller: string) => `
      <div class="a-fixed-left-grid"><div data-component="itemTitle"><a href="/dp/${asin}">${title}</a></div>
        <div data-component="orderedMerchant"><span>Sold by: </span><a href="/gp/aag/main?seller=A1">${seller}</a></div></div>`;
    const [order] = extractAmazonBody(
      'https://www.amazon.com/your-orders/order-details?orderID=111-2223334-4445556',
      `<div data-component="orderCard"><div data-component="orderDateInvoice"><span>Order# 111-2223334-4445556</span></div>
        ${row('B000000001', 'Sold By Owner Sign Kit', 'SignCo')}${row('B000000002', '販売促進用 ポップ スタンド', 'PopShop')}
        ${row('B000000003', 'Another sign', 'SignCo')}</div>`,
    ).orders;
    expect(order?.shop).toBe('SignCo, PopShop');
  });
});

describe('amazon.co.za (opened 2024): rand totals and day-first dates', () => {
  it('reads a list card in ZAR', () => {
    const [order] = extractAmazonBody(
      'https://www.amazon.co.za/your-orders/orders',
      `<div class="your-orders-content-container"><div class="order-card js-order-card"><div class="order-header">
        <ul><li><span>Order placed</span> <span>15 May 2024</span></li><li><span>Total</span> <span>R 1,299.00</span></li>
        <li><span>Order #</span> <span class="yohtmlc-order-id"><span>501-1234567-7654321</span></span></li></ul></div></div></div>`,
    ).orders;
    expect([order?.orderDate, order?.total]).toEqual([
      '2024-05-15',
      { amount: 1299, currency: 'ZAR', text: 'R 1,299.00' },
    ]);
  });
});
