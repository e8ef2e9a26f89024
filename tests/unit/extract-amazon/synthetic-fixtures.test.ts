import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAmazon } from './parse-fixture';

interface ExpectedOrder {
  orderId: string;
  orderDate?: string;
  total?: { amount: number; currency: string; text: string };
  noTotal?: boolean;
  status?: string;
  items?: { title: string; quantity: number }[];
  shipmentCount?: number;
  trackingUrlContains?: string;
  trackingId?: string;
  carrier?: string;
  detailUrl?: string;
}

interface ExpectedPage {
  file: string;
  url: string;
  marketplace: string;
  pageKind: string;
  orderCount: number;
  orders: ExpectedOrder[];
  decoys: string[];
}

const ROOT = 'tests/fixtures/synthetic/amazon';
const expected = JSON.parse(readFileSync(`${ROOT}/expected.json`, 'utf8')) as { pages: ExpectedPage[] };

describe('Amazon extractor on the synthetic pages (other storefronts, tracking, invoice, Fresh, skeleton)', () => {
  it.each(expected.pages.map((p) => [p.file, p] as const))('%s', async (_file, page) => {
    const html = readFileSync(`${ROOT}/${page.file}`, 'utf8');
    expect(html.trimStart().startsWith('<!-- SYNTHETIC FIXTURE')).toBe(true);
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    expect(run.pageKind).toBe(page.pageKind);
    expect(run.marketplace).toBe(page.marketplace);
    expect(run.orders.map((o) => o.orderId)).toEqual(page.orders.map((o) => o.orderId));
    expect(run.orders).toHaveLength(page.orderCount);
    for (const decoy of page.decoys) expect(run.orders.map((o) => o.orderId)).not.toContain(decoy);

    for (const want of page.orders) {
      const got = run.orders.find((o) => o.orderId === want.orderId);
      if (!got) throw new Error(`missing ${want.orderId}`);
      if (want.orderDate) expect(got.orderDate).toBe(want.orderDate);
      if (want.total) expect(got.total).toEqual(want.total);
      if (want.noTotal) expect(got.total).toBeUndefined();
      if (want.status) expect(got.status).toBe(want.status);
      if (want.items) expect(got.items.map(({ title, quantity }) => ({ title, quantity }))).toEqual(want.items);
      if (want.shipmentCount !== undefined) expect(got.shipments).toHaveLength(want.shipmentCount);
      if (want.trackingUrlContains) expect(got.shipments[0]?.trackingUrl).toContain(want.trackingUrlContains);
      if (want.trackingId) expect(got.shipments[0]?.trackingId).toBe(want.trackingId);
      if (want.carrier) expect(got.shipments[0]?.carrier).toBe(want.carrier);
      if (want.detailUrl) expect(got.detailUrl).toBe(want.detailUrl);
      expect(got.detailUrl).toMatch(new RegExp(`^https://www\\.${page.marketplace.replace(/\./g, '\\.')}/`));
    }
  });

  it('marks the JS-skeleton list as a visible miss rather than an empty success', async () => {
    const page = expected.pages.find((p) => p.file === 'skeleton-order-history.html');
    if (!page) throw new Error('fixture missing');
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    expect(run.orders).toEqual([]);
    expect(run.diagnostics).toContainEqual({ field: 'orders', strategy: null });
  });

  it('says which strategy found the tracking number and the carrier', async () => {
    const page = expected.pages.find((p) => p.file === 'ship-track-ups.html');
    if (!page) throw new Error('fixture missing');
    const run = await runAmazon(`${ROOT}/${page.file}`, page.url);
    expect(run.diagnostics).toContainEqual({
      orderId: '113-1909885-6198667',
      field: 'trackingId',
      strategy: 'tracking-id-label',
    });
    expect(run.diagnostics).toContainEqual({
      orderId: '113-1909885-6198667',
      field: 'carrier',
      strategy: 'carrier-label',
    });
  });
});
