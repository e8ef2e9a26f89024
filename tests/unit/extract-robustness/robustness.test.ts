import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findEmbeddedJson, findEmbeddedJsonInDocument, parseJsonLossless } from '../../../lib/extract/embedded-json';
import { extractPage } from '../../../lib/extract/index';
import { amazonSite } from '../../../lib/sites/amazon/index';
import { taobaoSite } from '../../../lib/sites/taobao/index';
import type { SiteModule } from '../../../lib/sites/types';
import { Rng, randomHtml, randomScriptText } from './random-html';
import { expectWellFormedPage, expectWellFormedSite } from './well-formed';

const URLS = [
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
  'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=2987654321098765432',
  'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=2987654321098765433',
  'https://www.amazon.com/gp/css/order-history?ref_=nav_orders_first',
  'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428',
  'https://www.amazon.co.uk/your-orders/orders',
];
const SITES: [string, SiteModule][] = [
  ['taobao', taobaoSite],
  ['amazon', amazonSite],
];

function newWindow(url: string): Window {
  return new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
}

/** Parses with scripts disabled, runs `use`, then closes the window (unclosed windows exhaust the heap). */
async function withDoc(html: string, url: string, use: (doc: Document) => void): Promise<void> {
  const window = newWindow(url);
  try {
    window.document.write(html);
    use(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/** Every entry point on one document: extractPage, and each site module whose host matches. */
function runAll(doc: Document, href: string): void {
  expectWellFormedPage(extractPage(doc, href));
  const url = new URL(href);
  for (const [, site] of SITES) {
    const match = site.match(url);
    if (!match) continue;
    const kind = site.pageKind(url, doc);
    expectWellFormedSite(site.extract(doc, url, match, kind));
    // Forcing each page kind must not throw either (a page can be mis-detected).
    for (const forced of ['order-list', 'order-detail', 'tracking'] as const) {
      expectWellFormedSite(site.extract(doc, url, match, forced));
    }
  }
}

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
function fixtureFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['real/taobao', 'real/amazon.com', 'synthetic/taobao']) {
    for (const f of readdirSync(join(FIXTURES, dir))) if (f.endsWith('.html')) files.push(join(dir, f));
  }
  return files;
}

describe('empty input', () => {
  it.each(URLS)('%s: empty document', async (href) => {
    await withDoc('', href, (doc) => runAll(doc, href));
    await withDoc('<html><head></head><body></body></html>', href, (doc) => runAll(doc, href));
  });

  it('reader on empty and trivial text', () => {
    expect(findEmbeddedJson('')).toEqual([]);
    expect(findEmbeddedJson('=')).toEqual([]);
    expect(findEmbeddedJson('JSON.parse(')).toEqual([]);
    expect(parseJsonLossless('')).toEqual({ ok: false });
  });
});

/**
 * Parsing a 600 KB Amazon page in happy-dom takes about a second on our shared 2-core machines, so by default the
 * Amazon pages are parsed at 4 of their 20 cut points (the reader still sees all 20); KEFU_FULL_FUZZ=1 parses all 20.
 */
const FULL_FUZZ = process.env.KEFU_FULL_FUZZ === '1';

describe('truncated real and synthetic pages (20 random cuts each)', () => {
  const files = fixtureFiles();
  it('has fixtures to cut', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
  it.each(files)('%s', { timeout: 300_000 }, async (file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const amazon = file.startsWith('real/amazon');
    const href = amazon ? URLS[5]! : file.includes('list') || file.includes('orders.html') ? URLS[0]! : URLS[1]!;
    const rng = new Rng(html.length);
    for (let i = 0; i < 20; i++) {
      const cut = html.slice(0, rng.int(html.length + 1));
      expect(() => findEmbeddedJson(cut)).not.toThrow();
      if (amazon && !FULL_FUZZ && i % 5 !== 0) continue;
      await withDoc(cut, href, (doc) => runAll(doc, href));
    }
  });
});

describe('links in every scheme a page can hold', () => {
  // Real pages carry http:, protocol-relative, mailto:, tel:, javascript: and data: links; the report must still be
  // accepted (https only), so each href of each fixture is rewritten to every form in turn.
  const FORMS: [string, (href: string) => string][] = [
    ['http', (h) => h.replace(/^(?:https?:)?\/\/|^\//, (m) => (m === '/' ? 'http://www.amazon.com/' : 'http://'))],
    ['protocol-relative', (h) => h.replace(/^https?:/, '')],
    ['mailto', () => 'mailto:cs@example.com'],
    ['tel', () => 'tel:+18002809221'],
    ['javascript', () => 'javascript:void(0)'],
    ['data', () => 'data:text/html,<b>x</b>'],
    ['over-long', (h) => `https://www.amazon.com/${'x'.repeat(3000)}?u=${h}`],
  ];
  const files = fixtureFiles().filter((f) => !f.includes('gbk'));
  it.each(FORMS)('%s links', { timeout: 300_000 }, async (_name, rewrite) => {
    for (const file of files) {
      const html = readFileSync(join(FIXTURES, file), 'utf8').replace(
        /href="([^"]*)"/g,
        (_m, href: string) => `href="${rewrite(href).replace(/"/g, '&quot;')}"`,
      );
      const amazon = file.startsWith('real/amazon');
      const href = amazon ? URLS[5]! : file.includes('list') ? URLS[0]! : URLS[1]!;
      await withDoc(html, href, (doc) => {
        const result = extractPage(doc, href);
        expectWellFormedPage(result);
        for (const order of result.orders) {
          const urls = [
            order.detailUrl,
            ...order.items.map((i) => i.url),
            ...order.shipments.map((s) => s.trackingUrl),
          ];
          for (const url of urls) if (url !== undefined) expect(url).toMatch(/^https:\/\//);
        }
      });
    }
  });
});

/** happy-dom's own teardown recurses once per nesting level: take a deep chain apart bottom-up first. */
function dismantle(root: Element): void {
  const chain: Element[] = [];
  for (let el: Element | null = root; el; el = el.firstElementChild) chain.push(el);
  for (let i = chain.length - 1; i > 0; i--) chain[i]?.remove();
}

describe('deeply nested markup', () => {
  it.each(URLS)('10,000 nested <div>s: %s', { timeout: 60_000 }, async (href) => {
    const window = newWindow(href);
    const doc = window.document as unknown as Document;
    // Built with appendChild: an HTML parser may cap nesting depth, the DOM does not.
    let parent: Element = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.textContent = '订单号：4865640015090004803 实付款：￥1.00 交易成功';
    runAll(doc, href);
    const url = new URL(href);
    const site = taobaoSite.match(url);
    if (site) {
      const r = taobaoSite.extract(doc, url, site, 'order-detail');
      expect(r.orders[0]?.total?.amount ?? 1).toBe(1);
    }
    dismantle(doc.body);
    await window.happyDOM.close();
  });

  it('10,000 nested braces in a script', async () => {
    const deep = `var data = ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)};`;
    const found = findEmbeddedJson(deep);
    expect(found.length).toBeLessThanOrEqual(1);
    const window = newWindow(URLS[1]!);
    const script = window.document.createElement('script');
    script.textContent = deep;
    window.document.body.appendChild(script);
    expect(() => findEmbeddedJsonInDocument(window.document as unknown as Document)).not.toThrow();
    runAll(window.document as unknown as Document, URLS[1]!);
    await window.happyDOM.close();
  });
});

describe('random HTML (seeded)', () => {
  const DOCS = 2000;
  const SCRIPTS = 5000;

  it(`${DOCS} random documents through every entry point`, { timeout: 300_000 }, async () => {
    const rng = new Rng(20261122);
    let orders = 0;
    // One window per URL, its content replaced per input: creating and closing a window costs more than the test.
    const windows = URLS.map((href) => newWindow(href));
    for (let i = 0; i < DOCS; i++) {
      const href = URLS[i % URLS.length]!;
      const window = windows[i % URLS.length]!;
      window.document.documentElement.innerHTML = randomHtml(rng);
      const doc = window.document as unknown as Document;
      runAll(doc, href);
      const url = new URL(href);
      const site = taobaoSite.match(url);
      if (site) orders += taobaoSite.extract(doc, url, site, taobaoSite.pageKind(url, doc)).orders.length;
    }
    for (const window of windows) await window.happyDOM.close();
    // The generator plants order-shaped text: some inputs must yield orders, or the run proved little.
    expect(orders).toBeGreaterThan(0);
  });

  it(`${SCRIPTS} random script texts through the embedded-JSON reader`, () => {
    const rng = new Rng(7);
    let values = 0;
    for (let i = 0; i < SCRIPTS; i++) {
      const text = randomScriptText(rng);
      const counter = { steps: 0 };
      const found = findEmbeddedJson(text, { counter });
      values += found.length;
      // The budget bounds the work for any input.
      expect(counter.steps).toBeLessThanOrEqual(text.length * 9 + 100_000);
      for (const f of found) expect(f.end).toBeGreaterThan(f.start);
    }
    expect(values).toBeGreaterThan(0);
  });
});
