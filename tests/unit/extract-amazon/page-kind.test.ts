import { describe, expect, it } from 'vitest';
import { amazonSite } from '../../../lib/sites/amazon/index';
import { AMAZON_ORDER_PATHS, AMAZON_TRACKING_PATHS, amazonMatchPatterns } from '../../../lib/sites/amazon/marketplaces';
import { ORDER_PAGE_READERS } from '../../../lib/sites/amazon/order-page-readers';
import { amazonSiteReading } from '../../../lib/sites/amazon/site';
import { TRACKING_PAGE_READERS } from '../../../lib/sites/amazon/tracking-page-readers';
import { matches } from '../match-pattern';
import { parseHtml } from './parse-fixture';

const blank = () => parseHtml('<html><body></body></html>', 'https://www.amazon.com/').doc;

describe('amazonSite.match', () => {
  it.each([
    ['https://www.amazon.de/gp/your-account/order-history', 'amazon.de'],
    ['https://smile.amazon.com/your-orders/orders', 'amazon.com'],
    ['https://www.amazon.com.au/your-orders/orders', 'amazon.com.au'],
    ['https://www.amazon.co.jp/gp/css/order-history', 'amazon.co.jp'],
  ])('%s → %s', (url, marketplace) => {
    expect(amazonSite.match(new URL(url))).toEqual({ platform: 'amazon', marketplace });
  });

  it('ignores other hosts', () => {
    expect(amazonSite.match(new URL('https://amazon.example.com/your-orders/orders'))).toBeNull();
    expect(amazonSite.match(new URL('https://buyer.taobao.com/'))).toBeNull();
  });
});

/** Paths and the page kind each is (on amazon.de). */
const KIND_CASES: [string, string][] = [
  ['/your-orders/orders?timeFilter=year-2024', 'order-list'],
  ['/gp/your-account/order-history?ref_=ya_d_c_yo', 'order-list'],
  ['/gp/css/order-history', 'order-list'],
  ['/gp/legacy/order-history?orderFilter=year-2012', 'order-list'],
  ['/gp/your-account/order-details?orderID=112-0399923-3070642', 'order-detail'],
  ['/gp/css/order-details?orderID=112-0399923-3070642', 'order-detail'],
  ['/your-orders/order-details?orderID=112-0399923-3070642', 'order-detail'],
  ['/fopo/order-details/ref=ppx_yo2ov_dt_b_fed_order_details?ie=UTF8&orderID=113-0788486-7971417', 'order-detail'],
  ['/gp/digital/your-account/order-summary.html?orderID=D01-8711688-7680252', 'order-detail'],
  ['/gp/digital/your-account/order-summary.html?orderID=D01-8711688-7680252&print=1', 'invoice'],
  ['/gp/css/summary/print.html?orderID=112-0399923-3070642', 'invoice'],
  ['/gp/css/summary/edit.html?orderID=305-9767931-8351126', 'order-detail'],
  ['/your-orders/search/ref=ppx_yo2ov_dt_b_search?search=kabel', 'order-list'],
  ['/progress-tracker/package/ref=ppx_od_dt_b_track_package?orderId=112-0399923-3070642', 'tracking'],
  ['/progress-tracker/package?itemId=jnkpmmkqskqu&orderId=112-0399923-3070642', 'tracking'],
  ['/gp/your-account/ship-track?orderId=112-0399923-3070642', 'tracking'],
  ['/uff/your-account/order-details?orderID=a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'order-detail'],
  ['/your-orders/pop?ref=ppx_yo2ov_dt_b_pop&orderId=113-7148650-3057835&lineItemId=qisplpkqrpknwny', 'order-detail'],
  ['/hz/pwo/?orderId=112-0399923-3070642', 'help'],
  ['/gp/help/customer/display.html?nodeId=508510', 'help'],
  ['/-/en/gp/your-account/order-history', 'order-list'],
  ['/dp/B0BPH5G7MY', 'other'],
];

describe('amazonSite.pageKind', () => {
  it.each(KIND_CASES)('%s → %s', (path, kind) => {
    expect(amazonSite.pageKind(new URL(`https://www.amazon.de${path}`), blank())).toBe(kind);
  });

  it.each(
    KIND_CASES.filter(([, kind]) => kind !== 'other'),
  )('the content script that reads %s (%s) runs there, on every storefront, also under a language prefix, and the other does not', (path, kind) => {
    const [own, other] =
      kind === 'tracking' ? [AMAZON_TRACKING_PATHS, AMAZON_ORDER_PATHS] : [AMAZON_ORDER_PATHS, AMAZON_TRACKING_PATHS];
    for (const host of ['www.amazon.de', 'www.amazon.co.jp']) {
      for (const p of [path, `/-/en${path.replace(/^\/-\/en/, '')}`]) {
        const url = `https://${host}${p}`;
        expect(
          amazonMatchPatterns(own).some((pattern) => matches(pattern, url)),
          url,
        ).toBe(true);
        expect(
          amazonMatchPatterns(other).some((pattern) => matches(pattern, url)),
          url,
        ).toBe(false);
      }
    }
  });

  it('falls back to the document for unknown paths', () => {
    const list = parseHtml('<div class="your-orders-content-container"></div>', 'https://www.amazon.com/x').doc;
    const detail = parseHtml('<div id="orderDetails"></div>', 'https://www.amazon.com/x').doc;
    const tracker = parseHtml('<div id="carrierRelatedInfo-container"></div>', 'https://www.amazon.com/x').doc;
    expect(amazonSite.pageKind(new URL('https://www.amazon.com/new-orders'), list)).toBe('order-list');
    expect(amazonSite.pageKind(new URL('https://www.amazon.com/new-detail'), detail)).toBe('order-detail');
    expect(amazonSite.pageKind(new URL('https://www.amazon.com/new-tracker'), tracker)).toBe('tracking');
    expect(amazonSite.pageKind(new URL('https://www.amazon.com/new-tracker'), blank())).toBe('other');
  });
});

describe('help pages', () => {
  it('take the order from ?orderId= and nothing else', () => {
    const doc = parseHtml('<p>Order # 111-2222222-3333333</p>', 'https://www.amazon.com/').doc;
    const url = new URL('https://www.amazon.com/hz/pwo/?orderId=112-0399923-3070642');
    const site = amazonSite.match(url);
    if (!site) throw new Error('no match');
    const result = amazonSite.extract(doc, url, site, amazonSite.pageKind(url, doc));
    expect(result.orders.map((o) => o.orderId)).toEqual(['112-0399923-3070642']);
    const none = new URL('https://www.amazon.com/gp/help/customer/display.html?nodeId=1');
    expect(amazonSite.extract(doc, none, site, 'help').orders).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws on a broken document and keeps the other cards', () => {
    const html = `<div class="your-orders-content-container">
      <div class="order-card"><div class="order-header"><span>Order placed</span><span>May 1, 2024</span>
        <span>Total</span><span>$5.00</span><div class="yohtmlc-order-id"><span>Order #</span><span>111-1111111-1111111</span></div></div></div>
      <div class="order-card"><div class="order-header"><span>Order #</span><span>not an id</span></div></div>
      <div class="order-card"><div class="order-header"><div class="yohtmlc-order-id">Order # 113-3333333-3333333</div></div></div>
    </div>`;
    const doc = parseHtml(html, 'https://www.amazon.com/your-orders/orders').doc;
    const url = new URL('https://www.amazon.com/your-orders/orders');
    const site = amazonSite.match(url);
    if (!site) throw new Error('no match');
    const result = amazonSite.extract(doc, url, site, 'order-list');
    expect(result.orders.map((o) => o.orderId)).toEqual(['111-1111111-1111111', '113-3333333-3333333']);
    expect(result.orders[0]?.total?.amount).toBe(5);
    expect(result.diagnostics).toContainEqual({ field: 'orderId', strategy: null });
    // A document whose querySelector throws still yields an empty result, not an exception.
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(() => amazonSite.extract(hostile, url, site, 'order-list')).not.toThrow();
    expect(amazonSite.extract(hostile, url, site, 'order-list').orders).toEqual([]);
  });
});

describe('one content script per page: amazonSiteReading', () => {
  const ordersScript = amazonSiteReading(ORDER_PAGE_READERS);
  const trackingScript = amazonSiteReading(TRACKING_PAGE_READERS);
  const tracker = new URL('https://www.amazon.de/-/en/progress-tracker/package/?orderId=112-0399923-3070642');
  const list = new URL('https://www.amazon.de/your-orders/orders?ref=/progress-tracker/package/');

  it("claims only its own page kinds by path (a pattern's * can still inject the other script)", () => {
    expect(ordersScript.match(tracker)).toBeNull();
    expect(trackingScript.match(tracker)).toEqual({ platform: 'amazon', marketplace: 'amazon.de' });
    expect(trackingScript.match(list)).toBeNull();
    expect(ordersScript.match(list)).toEqual({ platform: 'amazon', marketplace: 'amazon.de' });
  });

  it('keeps reporting pages of no kind (an SPA move off the order pages must clear the panel)', () => {
    const other = new URL('https://www.amazon.de/-/en/dp/B0BPH5G7MY');
    expect(ordersScript.match(other)).not.toBeNull();
    expect(trackingScript.match(other)).not.toBeNull();
  });

  it("reads the markup for the page's kind only where the script's patterns admit unknown paths (after an in-page move to a product page the old list's markup is not that page's)", () => {
    const orders = amazonSiteReading(ORDER_PAGE_READERS, /^\/your-orders\//);
    const list = parseHtml('<div class="your-orders-content-container" hidden></div>', 'https://www.amazon.de/').doc;
    expect(orders.pageKind(new URL('https://www.amazon.de/dp/B0BPH5G7MY'), list)).toBe('other');
    expect(orders.pageKind(new URL('https://www.amazon.de/-/en/your-orders/new-list'), list)).toBe('order-list');
  });

  it('reads nothing of a kind it has no reader for (a tracker found by its document on an unknown path)', () => {
    const doc = parseHtml(
      '<div id="carrierRelatedInfo-container"><div class="pt-delivery-card-trackingId">Tracking ID: TBA123456789000</div></div>',
      'https://www.amazon.de/new-tracker?orderId=112-0399923-3070642',
    ).doc;
    const url = new URL('https://www.amazon.de/new-tracker?orderId=112-0399923-3070642');
    const site = { platform: 'amazon' as const, marketplace: 'amazon.de' };
    expect(ordersScript.extract(doc, url, site, 'tracking').orders).toEqual([]);
    expect(trackingScript.extract(doc, url, site, 'tracking').orders.map((o) => o.orderId)).toEqual([
      '112-0399923-3070642',
    ]);
  });
});

describe('"View your item" pages (/your-orders/pop)', () => {
  it('give the order their URL names, with its detail page, and nothing of the page (its layout is unknown)', () => {
    const url =
      'https://www.amazon.com/your-orders/pop?ref=ppx_yo2ov_dt_b_pop&orderId=113-7148650-3057835&lineItemId=q&asin=B09QC9598S';
    const doc = parseHtml('<p>Order # 111-2222222-3333333</p><a href="/dp/B000000001">Buy it again</a>', url).doc;
    const u = new URL(url);
    const site = amazonSite.match(u);
    if (!site) throw new Error('no match');
    expect(amazonSite.extract(doc, u, site, amazonSite.pageKind(u, doc)).orders).toEqual([
      {
        orderId: '113-7148650-3057835',
        items: [],
        shipments: [],
        detailUrl: 'https://www.amazon.com/gp/your-account/order-details?orderID=113-7148650-3057835',
      },
    ]);
  });
});
