import { describe, expect, it } from 'vitest';
import { amazonSite } from '../../../lib/sites/amazon/index';
import { parseHtml } from './parse-fixture';

/**
 * The order number and date at the top of a detail page, in the data-component layout (2024) where they are
 * `<span>`s inside `[data-component="orderDateInvoice"]` and no `.order-date-invoice-item` exists. Written here
 * (no real page of that variant in the fixture set has this block without the classic items).
 */
function extract(body: string) {
  const url = 'https://www.amazon.co.uk/gp/your-account/order-details?orderID=202-1416149-4038736';
  const { doc } = parseHtml(`<!doctype html><html><body>${body}</body></html>`, url);
  const u = new URL(url);
  const site = amazonSite.match(u);
  if (!site) throw new Error('no site');
  return amazonSite.extract(doc, u, site, amazonSite.pageKind(u, doc));
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
    expect(strategies.map((d) => d.strategy)).toEqual(['order-date-invoice-component', 'order-date-invoice-component']);
  });

  it('prefers the classic items when both are on the page', () => {
    const r = extract(`<div id="orderDetails">
      <span class="order-date-invoice-item">Ordered on 1 February 2024</span>
      <span class="order-date-invoice-item">Order# <bdi>202-1416149-4038736</bdi></span>
      <div data-component="orderDateInvoice"><span>Order placed 9 September 2023</span></div>
    </div>`);
    expect(r.orders[0]?.orderDate).toBe('2024-02-01');
    expect(r.diagnostics.find((d) => d.field === 'orderDate')?.strategy).toBe('order-date-invoice-item');
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
