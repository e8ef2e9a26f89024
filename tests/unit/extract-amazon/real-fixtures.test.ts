import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ExpectedPage, runAmazon } from './parse-fixture';

const ROOT = 'tests/fixtures/real';
const expected = JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { pages: ExpectedPage[] };
const pages = expected.pages.filter((p) => p.platform === 'amazon');

describe('Amazon extractor on the real saved pages', () => {
  it('covers every Amazon page of expected.json', () => {
    expect(pages.length).toBeGreaterThanOrEqual(21);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', async (_file, page) => {
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    expect(run.pageKind).toBe(page.pageKind);
    expect(run.marketplace).toBe(page.marketplace);

    // Canonical id per reported order (an alias such as the digital D01-… number counts as its order).
    const canonical = (id: string) => page.aliases?.[id] ?? id;
    const reported = run.orders.map((o) => canonical(o.orderId));
    expect(run.orders).toHaveLength(page.orderCount);
    expect(new Set(reported).size).toBe(reported.length);
    expect([...reported].sort()).toEqual([...page.orderIds].sort());
    for (const decoy of page.decoys) {
      expect(run.orders.map((o) => o.orderId)).not.toContain(decoy);
    }

    for (const want of page.orders ?? []) {
      const got = run.orders.find((o) => canonical(o.orderId) === want.orderId);
      expect(got, want.orderId).toBeDefined();
      if (want.orderDate) expect(got?.orderDate).toBe(want.orderDate);
      if (want.total) {
        expect(got?.total?.amount).toBeCloseTo(want.total.amount, 2);
        expect(got?.total?.currency).toBe(want.total.currency);
      }
    }

    for (const order of run.orders) {
      expect(order.detailUrl).toMatch(/^https:\/\/www\.amazon\.com\//);
      if (page.pageKind === 'order-detail') expect(order.items.length).toBeGreaterThan(0);
      for (const item of order.items) expect(item.title.trim().length).toBeGreaterThan(0);
    }
    const wantsTracking = (page.notes ?? []).some((n) => n.includes('tracking_link not None'));
    if (wantsTracking) {
      const urls = run.orders.flatMap((o) => o.shipments.map((s) => s.trackingUrl)).filter(Boolean);
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls)
        expect(u).toMatch(/^https:\/\/www\.amazon\.com\/(?:progress-tracker\/package|gp\/your-account\/ship-track)/);
    }
  });

  it('reads every total and date on the list pages (not only the ones expected.json lists)', async () => {
    const page = pages.find((p) => p.file.endsWith('order-history-2024-0.html'));
    expect(page).toBeDefined();
    if (!page) return;
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    const first = run.orders.find((o) => o.orderId === '112-5939971-8962610');
    expect(first?.orderDate).toBe('2024-11-01');
    expect(first?.total).toEqual({ amount: 28.5, currency: 'USD', text: '$28.50' });
    expect(first?.status).toBe('Delivered November 2');
    expect(first?.items[0]?.quantity).toBe(2);
    expect(first?.shipments[0]?.trackingUrl).toContain('orderId=112-5939971-8962610');
  });

  it('reports a cancelled order without a details link and without inventing a total', async () => {
    const page = pages.find((p) => p.file.endsWith('order-history-canceled-order.html'));
    if (!page) throw new Error('fixture missing');
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    const cancelled = run.orders.find((o) => o.orderId === '111-9642662-1037012');
    expect(cancelled?.status).toBe('Cancelled');
    expect(cancelled?.total).toBeUndefined();
    expect(cancelled?.orderDate).toBe('2025-07-15');
    expect(cancelled?.detailUrl).toBe(
      'https://www.amazon.com/gp/your-account/order-details?orderID=111-9642662-1037012',
    );
    expect(run.diagnostics).toContainEqual({ orderId: '111-9642662-1037012', field: 'total', strategy: null });
  });

  it('reads two shipments and four items on the data-component detail page', async () => {
    const file = 'amazon.com/order-details-111-6778632-7354601.html';
    const page = pages.find((p) => p.file === file);
    if (!page) throw new Error('fixture missing');
    const run = await runAmazon(`${ROOT}/${file}`, page.url);
    expect(run.orders[0]?.items).toHaveLength(4);
    expect(run.orders[0]?.shipments).toHaveLength(2);
    expect(run.diagnostics).toContainEqual({
      orderId: '111-6778632-7354601',
      field: 'total',
      strategy: '#od-subtotals:bold-row',
    });
  });

  it.each([
    ['order-details-111-6778632-7354601', 'Wayuer, Amazon.com, Positively Tea LLC.'], // data-component, 4 items
    ['order-details-112-9685975-5907428', 'Cadeya, Amazon.com Services, Inc'], // classic, a linked seller first
    ['order-details-112-0399923-3070642', 'Amazon.com Services, Inc'],
    ['order-history-2018-0', undefined], // list cards show no seller
  ])('names the sellers of %s as its shop', async (name, shop) => {
    const page = pages.find((p) => p.file === `amazon.com/${name}.html`);
    if (!page) throw new Error('fixture missing');
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    expect(run.orders[0]?.shop).toBe(shop);
  });
});
