import { describe, expect, it } from 'vitest';
import { taobaoSite } from '../../../lib/sites/taobao/index';
import { parseHtml, readFixture } from './parse-html';

interface ExpectedOrder {
  orderId: string;
  orderDate?: string;
  total?: { amount: number; currency: string };
  status?: string;
  shop?: string;
  tmall?: boolean;
}
interface ExpectedPage {
  file: string;
  url: string;
  platform: string;
  marketplace: string;
  pageKind: string;
  orderCount: number;
  orderIds: string[];
  orders: ExpectedOrder[];
  trackingIds?: { trackingId: string; carrier: string }[];
  decoys?: string[];
}

const expected = JSON.parse(readFixture('real/expected.json')) as { pages: ExpectedPage[] };
const pages = expected.pages.filter((p) => p.file.startsWith('taobao/'));

function run(page: ExpectedPage) {
  const doc = parseHtml(readFixture(`real/${page.file}`), page.url);
  const url = new URL(page.url);
  const site = taobaoSite.match(url);
  if (!site) throw new Error(`no site for ${page.url}`);
  const pageKind = taobaoSite.pageKind(url, doc);
  return { site, pageKind, ...taobaoSite.extract(doc, url, site, pageKind) };
}

describe('real Taobao pages (tests/fixtures/real/expected.json)', () => {
  it('covers both real Taobao pages', () => {
    expect(pages.map((p) => p.file).sort()).toEqual(['taobao/taobao_orders.html', 'taobao/taobao_ordersdetails.html']);
  });

  describe.each(pages)('$file', (page) => {
    const result = run(page);

    it('identifies site, marketplace and page kind', () => {
      expect(result.site).toEqual({ platform: page.platform, marketplace: page.marketplace });
      expect(result.pageKind).toBe(page.pageKind);
    });

    it('finds exactly the expected order ids, as exact strings', () => {
      expect(result.orders.map((o) => o.orderId)).toEqual(page.orderIds);
      expect(result.orders).toHaveLength(page.orderCount);
    });

    it.each(page.orders.map((o) => [o.orderId, o] as const))('order %s has the expected fields', (id, want) => {
      const got = result.orders.find((o) => o.orderId === id);
      expect(got).toBeDefined();
      if (want.orderDate) expect(got?.orderDate).toBe(want.orderDate);
      if (want.total) {
        expect(got?.total?.amount).toBeCloseTo(want.total.amount, 2);
        expect(got?.total?.currency).toBe(want.total.currency);
        expect(got?.total?.text).toMatch(/^[¥￥]\d+\.\d{2}$/);
      }
      if (want.status) expect(got?.status).toBe(want.status);
      if (want.shop) expect(got?.shop).toBe(want.shop);
      const flagged = result.diagnostics.some((d) => d.orderId === id && d.field === 'tmallShop');
      if (want.tmall !== undefined) expect(flagged).toBe(want.tmall);
    });

    it('finds the expected tracking ids with their carrier, and no others', () => {
      const shipments = result.orders.flatMap((o) => o.shipments).filter((s) => s.trackingId);
      expect(shipments.map((s) => ({ trackingId: s.trackingId, carrier: s.carrier }))).toEqual(
        (page.trackingIds ?? []).map((t) => ({ trackingId: t.trackingId, carrier: t.carrier })),
      );
    });

    it('reports none of the decoys as orders', () => {
      const ids = new Set(result.orders.map((o) => o.orderId));
      for (const decoy of page.decoys ?? []) expect(ids.has(decoy)).toBe(false);
    });

    it('gives every item an absolute https url and every order a diagnostic per field', () => {
      for (const o of result.orders) {
        expect(o.items.length).toBeGreaterThan(0);
        for (const item of o.items) {
          expect(item.title.length).toBeGreaterThan(0);
          if (item.url) expect(item.url).toMatch(/^https:\/\//);
        }
        if (o.detailUrl) expect(o.detailUrl).toMatch(/^https:\/\/(?:buyertrade|trade)\.(?:taobao|tmall)\.com\//);
        const fields = result.diagnostics.filter((d) => d.orderId === o.orderId).map((d) => d.field);
        expect(fields).toEqual(expect.arrayContaining(['orderId', 'orderDate', 'total', 'shop', 'status', 'items']));
      }
      expect(result.diagnostics.find((d) => d.field === 'orders')?.strategy).toMatch(/^json:/);
    });
  });

  it('never routes a 19-digit id through a JS number (the JSON has it bare as "extra.id")', () => {
    const [list] = pages;
    if (!list) throw new Error('missing list page');
    const { orders } = run(list);
    // JSON.parse would have produced 4865640015090005000 for the first order.
    expect(orders[0]?.orderId).toBe('4865640015090004803');
    expect(orders.some((o) => o.orderId.endsWith('000'))).toBe(false);
  });

  it('detail page: the 支付宝交易号 is not the order id; shipment from the escaped JSON', () => {
    const detail = pages.find((p) => p.pageKind === 'order-detail');
    if (!detail) throw new Error('missing detail page');
    const { orders } = run(detail);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.orderId).not.toBe('2025110622001159201458733264');
    expect(orders[0]?.shipments[0]).toMatchObject({ trackingId: '78955216713428', carrier: '中通快递' });
    expect(orders[0]?.total).toEqual({ amount: 153, currency: 'CNY', text: '￥153.00' });
    expect(orders[0]?.status).toBe('卖家已发货');
  });
});
