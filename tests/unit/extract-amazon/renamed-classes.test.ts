import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardsByOrderNumberLabel } from '../../../lib/sites/amazon/cards-by-label';
import { parseHtml, runAmazonHtml } from './parse-fixture';

/**
 * Amazon renames its classes every year or two. Every real order-list page, with every class, id and data-*
 * attribute taken away (what a new layout looks like to selectors written for the old one), must still give its
 * orders with their dates and totals: the list is then read around its "Order #" labels.
 */
interface ExpectedPage {
  file: string;
  url: string;
  platform: string;
  pageKind: string;
  orderIds: string[];
  decoys: string[];
  orders?: { orderId: string; orderDate?: string; total?: { amount: number; currency: string } }[];
}

const ROOT = 'tests/fixtures/real';
const pages = (JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { pages: ExpectedPage[] }).pages.filter(
  (p) => p.platform === 'amazon' && p.pageKind === 'order-list' && p.orderIds.length > 0,
);
const ATTRIBUTES = /\s(?:class|id|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

describe('Amazon list with every class renamed', () => {
  it('has list pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', async (_file, page) => {
    const saved = readFileSync(`${ROOT}/${page.file}`, 'utf8');
    const html = saved.replace(ATTRIBUTES, '');
    expect(html).not.toMatch(/\sclass\s*=/i);
    const run = await runAmazonHtml(html, page.url);
    const asSaved = await runAmazonHtml(saved, page.url);
    expect(run.orders.map((o) => o.orderId).sort()).toEqual([...page.orderIds].sort());
    for (const decoy of page.decoys) expect(run.orders.map((o) => o.orderId)).not.toContain(decoy);
    for (const want of page.orders ?? []) {
      const got = run.orders.find((o) => o.orderId === want.orderId);
      if (want.orderDate) expect(got?.orderDate).toBe(want.orderDate);
      if (want.total) expect(got?.total).toMatchObject(want.total);
    }
    // The same items as with the page's own classes (their quantity badges are class-only, so not compared).
    const titles = (orders: typeof run.orders) => orders.map((o) => [o.orderId, o.items.map((i) => i.title)]);
    expect(titles(run.orders)).toEqual(titles(asSaved.orders));
    expect(run.diagnostics).toContainEqual({ field: 'orders', strategy: 'order-number-label' });
  });
});

describe('Amazon order details with every class renamed', () => {
  // Amazon's global navbar and footer keep their ids (#navbar, #navFooter) through every order-page redesign so far.
  const KEEP_CHROME_IDS = (attr: string, value: string) => (/^["']?nav(?:Footer|bar)["']?$/.test(value) ? attr : '');
  const details = (JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { pages: ExpectedPage[] }).pages.filter(
    (p) => p.platform === 'amazon' && p.pageKind === 'order-detail',
  );

  it.each(details.map((p) => [p.file, p] as const))('%s: same order, date and items', async (_file, page) => {
    const saved = readFileSync(`${ROOT}/${page.file}`, 'utf8');
    const html = saved.replace(/\s(?:class|id|data-[\w-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, KEEP_CHROME_IDS);
    const [run, asSaved] = [await runAmazonHtml(html, page.url), await runAmazonHtml(saved, page.url)];
    const facts = (orders: typeof run.orders) =>
      orders.map((o) => [o.orderId, o.orderDate, o.items.map((i) => i.title)]);
    // Before: the footer's product links ("Amazon Secured Card") came in as items.
    expect(facts(run.orders)).toEqual(facts(asSaved.orders));
  });
});

describe('an order list not rendered yet, with "order number" in its help text', () => {
  it('is still reported as a miss, not as found by the labels', async () => {
    const html = `<html><body><div class="skeleton"></div>
      <p>Need help? <a href="/gp/help/customer/display.html">Where is my order number?</a></p></body></html>`;
    const run = await runAmazonHtml(html, 'https://www.amazon.com/your-orders/orders');
    expect(run.orders).toEqual([]);
    expect(run.diagnostics.filter((d) => d.field === 'orders')).toEqual([{ field: 'orders', strategy: null }]);
  });
});

describe('cardsByOrderNumberLabel', () => {
  const cardsOf = (body: string) => {
    const { doc } = parseHtml(`<body>${body}</body>`, 'https://www.amazon.de/your-orders/orders');
    return cardsByOrderNumberLabel(doc).map((el) => el.getAttribute('title'));
  };

  it('takes the largest element around each label that holds no other label', () => {
    const cards = cardsOf(`<main title="list">
        <div title="a"><div><span>Bestellnr.</span> <bdi>302-1111111-1111111</bdi></div><p>Item A</p></div>
        <div title="b"><div><span>Bestellnr.</span> <bdi>302-2222222-2222222</bdi></div><p>Item B</p></div>
      </main>`);
    expect(cards).toEqual(['a', 'b']);
  });

  it('a label alone on the page: its card is the whole page', () => {
    const { doc } = parseHtml(
      '<body><main title="list"><div title="a"><span>Order #</span></div></main></body>',
      'https://www.amazon.de/your-orders/orders',
    );
    expect(cardsByOrderNumberLabel(doc)).toEqual([doc.documentElement]);
  });

  it("never reaches the page's navigation or footer landmarks (a page of one order)", () => {
    const cards = cardsOf(`<div title="page"><div title="navbar" role="banner">Your Orders</div>
        <div title="main"><div title="a"><span>Order #</span> <bdi>026-1111111-1111111</bdi></div></div>
        <div title="footer" role="navigation"><a href="/dp/B01LTI1RBC">Shop with Points</a></div></div>`);
    expect(cards).toEqual(['main']);
  });

  it('ignores labels in scripts, styles and templates', () => {
    expect(
      cardsOf(`<div title="a"><span>Order #</span></div><script>var t = "Order #"</script><template>Order #</template>
        <div title="b"><span>Order number</span></div>`),
    ).toEqual(['a', 'b']);
  });
});
