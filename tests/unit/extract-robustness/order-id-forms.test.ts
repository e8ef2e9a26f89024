import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFixtureHtml } from '../../../bench/extract/fixture-doc';
import type { DetailedExtraction, ExtractedOrder } from '../../../lib/extract/index';
import { extractPageDetailed } from '../../../lib/extract/index';
import { AMAZON_FORMS, type IdForm, idsOf, TAOBAO_FORMS } from '../order-id-forms';

/**
 * Every order-number form of /work/shared/reference/order-ids.json, substituted into every page the extractor reads
 * (the real saved pages of tests/fixtures/real and the synthetic ones), in all the places those pages carry it: the
 * text after the order label, the detail / invoice / tracking links' query parameters (orderID=, orderId=, bizOrderId=,
 * biz_order_id=, trade_id=, tId=), the embedded JSON (quoted, and as bare numbers), and the page's own URL. Each page is
 * also served under every URL of its kind (Amazon list, detail, invoice and tracking paths; Taobao/Tmall hosts).
 *
 * What is checked against the page as saved (extracted under its original URL with its original ids): the same
 * extraction with every old id replaced by its new one — each order once, its id a string with every digit and the
 * case the page has, the same fields, the detail and tracking URLs naming the new id — and no decoy of the new form
 * (session ids, request ids, the sentinel, 支付宝交易号, item ids, planted beside the orders) reported as an order.
 *
 * The substituted markup is the fixtures' own; the planted decoys are SYNTHETIC (made-up values), in the markup the
 * decoy-injection table grounds (tests/unit/extract-robustness/decoy-injection.test.ts).
 */

interface Page {
  /** Fixture path under tests/fixtures. */
  file: string;
  /** The URL the page was saved under (its ids as saved). */
  url: string;
  encoding?: 'gbk';
  /** Other numbers of one order on the page (expected.json `aliases`: a digital order's D01- number beside it). */
  aliases?: string[];
}

const read = (page: Page): string => {
  const bytes = readFileSync(`tests/fixtures/${page.file}`);
  return page.encoding ? new TextDecoder(page.encoding).decode(bytes) : bytes.toString('utf8');
};

const realPages = (
  JSON.parse(readFileSync('tests/fixtures/real/expected.json', 'utf8')) as {
    pages: { file: string; url: string; platform: string; aliases?: Record<string, string> }[];
  }
).pages;
const syntheticAmazon = (
  JSON.parse(readFileSync('tests/fixtures/synthetic/amazon/expected.json', 'utf8')) as {
    pages: { file: string; url: string }[];
  }
).pages;

const AMAZON_PAGES: Page[] = [
  ...realPages
    .filter((p) => p.platform === 'amazon')
    .map((p) => ({ file: `real/${p.file}`, url: p.url, aliases: Object.keys(p.aliases ?? {}) })),
  ...syntheticAmazon.map((p) => ({ file: `synthetic/amazon/${p.file}`, url: p.url })),
  // tests/unit/extract-amazon/jp-receipts.test.ts
  {
    file: 'synthetic/amazon/jp-invoice-print-legacy.html',
    url: 'https://www.amazon.co.jp/gp/css/summary/print.html/ref=oh_aui_ajax_dpi?ie=UTF8&orderID=250-2468135-9753124',
  },
  {
    file: 'synthetic/amazon/jp-digital-summary.html',
    url: 'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1357924-8642013',
  },
  {
    file: 'synthetic/amazon/jp-digital-summary.html',
    url: 'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1357924-8642013&print=1',
  },
];

// The URLs of tests/fixtures/synthetic/taobao/README.md and tests/fixtures/real/expected.json.
const TAOBAO_PAGES: Page[] = [
  ...realPages.filter((p) => p.platform !== 'amazon').map((p) => ({ file: `real/${p.file}`, url: p.url })),
  ...(
    [
      ['tmall-order-detail.html', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=2987654321098765432'],
      ['tmall-order-detail-2025.html', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803'],
      ['old-list.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
      ['logistics.html', 'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=2987654321098765433'],
      [
        'archive-detail-old-table.html',
        'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1146901796648843',
      ],
      ['list-service-rows.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
      [
        'detail-two-packages.html',
        'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4861628750601004999',
      ],
      ['list-2026-split-prices.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
    ] as const
  ).map(([file, url]) => ({ file: `synthetic/taobao/${file}`, url })),
  {
    file: 'synthetic/taobao/gbk-order-detail.html',
    url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1234567890123456',
    encoding: 'gbk',
  },
];

// ------------------------------------------------------------------------------------------------ page URLs
/** The URLs a page of each kind is served under, `ID` standing for the order's id (the page's first). */
const AMAZON_URLS: Record<string, readonly string[]> = {
  'order-list': [
    '/your-orders/orders?timeFilter=year-2024',
    '/gp/your-account/order-history?opt=ab&digitalOrders=1&unifiedOrders=1',
    '/gp/css/order-history?ref_=nav_orders_first',
    '/gp/legacy/order-history?orderFilter=year-2012', // legacy digital list
  ],
  'order-detail': [
    '/gp/your-account/order-details?ie=UTF8&orderID={id}',
    '/gp/css/order-details?orderID={id}&ref=ppx_yo_dt_b_order_details_o00',
    '/your-orders/order-details?orderID={id}&ref=ppx_yo2ov_dt_b_fed_order_details',
    '/gp/digital/your-account/order-summary.html?ie=UTF8&orderID={id}',
  ],
  invoice: [
    '/gp/css/summary/print.html?orderID={id}',
    '/gp/css/summary/print.html/ref=oh_aui_ajax_dpi?ie=UTF8&orderID={id}',
  ],
  tracking: [
    '/progress-tracker/package/ref=ppx_od_dt_b_track_package?_encoding=UTF8&itemId=abcdefghijkl&orderId={id}&packageIndex=0&shipmentId=X42HwBr10',
    '/gp/your-account/ship-track?itemId=abcdefghijkl&orderId={id}&shipmentId=BssSBcS2m&packageIndex=0',
  ],
};

const TAOBAO_URLS: Record<string, readonly string[]> = {
  'order-list': [
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://buyertrade.tmall.com/trade/itemlist/list_bought_items.htm?action=itemlist/BoughtQueryAction',
  ],
  'order-detail': [
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId={id}',
    'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId={id}',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id={id}',
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId={id}',
    'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId={id}',
  ],
  tracking: [
    'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id={id}',
    'https://detail.i56.taobao.com/trace/trace_detail.htm?tId={id}&userId=2200000000001',
    'https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId={id}&entrance=pc',
  ],
};

// -------------------------------------------------------------------------------------------- substitution
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each old id, as a whole token (not inside a longer number or code), by its new one. */
function substitute(text: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0) return text;
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${[...map.keys()].map(escapeRe).join('|')})(?![A-Za-z0-9])`, 'g');
  return text.replace(re, (old) => map.get(old) ?? old);
}

/** Quoted JSON values of the ids made bare numbers (`"id":"123…"`, `\"id\":\"123…\"` → `"id":123…`), as Taobao writes some. */
function bareJsonNumbers(html: string, ids: readonly string[]): string {
  if (!ids.length) return html;
  const re = new RegExp(`(:\\s*)(\\\\?["'])(${ids.map(escapeRe).join('|')})\\2`, 'g');
  return html.replace(re, '$1$3');
}

async function run(html: string, url: string): Promise<DetailedExtraction> {
  const { doc, close } = parseFixtureHtml(html, url);
  try {
    return extractPageDetailed(doc, url);
  } finally {
    await close();
  }
}

/** The extraction as saved, its ids mapped; a detail URL the extractor built from the id is built for the new id. */
function expectedAfter(saved: DetailedExtraction, map: ReadonlyMap<string, string>): ExtractedOrder[] {
  const orders = JSON.parse(substitute(JSON.stringify(saved.orders), map)) as ExtractedOrder[];
  for (const order of orders) {
    const built = saved.diagnostics.some(
      (d) =>
        d.field === 'detailUrl' && d.strategy === 'built-from-order-id' && map.get(d.orderId ?? '') === order.orderId,
    );
    if (built && order.detailUrl) {
      const url = new URL(order.detailUrl);
      const path = /^D\d\d-/.test(order.orderId)
        ? '/gp/digital/your-account/order-summary.html'
        : '/gp/your-account/order-details';
      order.detailUrl = `${url.origin}${path}?orderID=${encodeURIComponent(order.orderId)}`;
    }
  }
  return orders;
}

// ------------------------------------------------------------------------------------------------- decoys
/** Decoys of the same form beside the orders (SYNTHETIC; markup as in decoy-injection.test.ts), at both ends of <body>. */
function amazonDecoys(d: string[]): string {
  return `<input type="hidden" id="session-id" name="session-id" value="${d[0]}"><meta name="session-id" content="${d[1]}"><script>var ue_sid = '${d[2]}', ue_id = '${d[3]}';</script><div data-request-id="${d[4]}" data-order-id="${d[5]}"><img alt="" src="//fls-na.amazon.com/1/batch/1/OP/ATVPDKIKX0DER:${d[6]}:X$uedata=s:"></div><script>if("000-0000000-8675309"===d.ue_sid){}</script><span class="a-color-secondary">Order # 000-0000000-8675309</span>`;
}
function taobaoDecoys(d: string[]): string {
  return `<div class="trade-info"><span>支付宝交易号：</span><span>2025110622001159201458733264</span> <span>支付宝交易号：</span><span>${d[0]}</span></div><div class="item" data-item-id="${d[1]}" data-sku-id="${d[2]}"><span>商品ID：${d[3]}</span> <a href="//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=${d[4]}&snapShot=true">[交易快照]</a></div>`;
}
function plantDecoys(html: string, markup: string): string {
  const open = /<body[^>]*>/i.exec(html);
  const withStart = open ? html.replace(open[0], `${open[0]}${markup}`) : `${markup}${html}`;
  const close = withStart.lastIndexOf('</body>');
  return close >= 0 ? `${withStart.slice(0, close)}${markup}${withStart.slice(close)}` : `${withStart}${markup}`;
}

// ----------------------------------------------------------------------------------------------- the table
interface Case {
  name: string;
  page: Page;
  form: IdForm;
  bare: boolean;
}

function pageUrl(
  page: Page,
  kind: string,
  variant: number,
  platform: 'amazon' | 'taobao',
  firstId: string | undefined,
) {
  const urls = (platform === 'amazon' ? AMAZON_URLS : TAOBAO_URLS)[kind];
  if (!urls?.length || firstId === undefined) return page.url;
  const path = (urls[variant % urls.length] as string).replace('{id}', firstId);
  return platform === 'amazon' ? `${new URL(page.url).origin}${path}` : path;
}

/**
 * The page as saved, read once per file and URL: each page meets every form, and parsing a real page in happy-dom
 * was most of this file's time (33 s, 2026-12). Its result is only read, never changed.
 */
const savedRuns = new Map<string, Promise<DetailedExtraction>>();
function runSaved(page: Page, html: string, url: string): Promise<DetailedExtraction> {
  const key = `${page.file}\n${url}`;
  let result = savedRuns.get(key);
  if (!result) {
    result = run(html, url);
    savedRuns.set(key, result);
  }
  return result;
}

async function checkCase(c: Case, platform: 'amazon' | 'taobao', index: number): Promise<void> {
  const html = read(c.page);
  // The page as saved, under its own URL: its orders are the ids to replace.
  const original = await runSaved(c.page, html, c.page.url);
  const oldIds = original.orders.map((o) => o.orderId);
  const substituted = [...oldIds, ...(c.page.aliases ?? [])];
  const newIds = idsOf(c.form, substituted.length + 7, 1000 + index, new Set(substituted));
  const map = new Map(substituted.map((id, i) => [id, newIds[i] as string]));
  const decoys = newIds.slice(substituted.length);

  // The same page under one of its kind's URLs (rotating over the table), with the page's own id in it.
  const savedUrl = pageUrl(c.page, original.pageKind, index, platform, oldIds[0]);
  const saved = await runSaved(c.page, html, savedUrl);
  expect(
    saved.orders.map((o) => o.orderId),
    'the page as saved, under the variant URL',
  ).toEqual(oldIds);

  let changed = substitute(html, map);
  if (c.bare) changed = bareJsonNumbers(changed, [...map.values()]);
  changed = plantDecoys(changed, platform === 'amazon' ? amazonDecoys(decoys) : taobaoDecoys(decoys));
  const url = substitute(savedUrl, map);
  const got = await run(changed, url);

  expect(got.pageKind).toBe(saved.pageKind);
  const ids = got.orders.map((o) => o.orderId);
  for (const id of ids) expect(typeof id).toBe('string');
  expect(ids, 'each order once, with its new id').toEqual(oldIds.map((id) => map.get(id)));
  for (const decoy of [...decoys, '000-0000000-8675309', '2025110622001159201458733264']) {
    expect(ids).not.toContain(decoy);
  }
  expect(got.orders).toEqual(expectedAfter(saved, map));
  for (const [i, order] of got.orders.entries()) {
    // The detail link names the order wherever the saved page's did (an order may link to its D01- alias's search).
    if (saved.orders[i]?.detailUrl?.includes(oldIds[i] as string)) expect(order.detailUrl).toContain(order.orderId);
    for (const s of order.shipments) expect(s.trackingId).not.toBe(order.orderId);
  }
}

function cases(pages: readonly Page[], forms: readonly IdForm[], bare: boolean): Case[] {
  const out: Case[] = [];
  for (const page of pages) {
    for (const form of forms) {
      out.push({
        name: `${page.file} ${bare ? '(bare JSON numbers) ' : ''}← ${form.name}`,
        page,
        form,
        bare,
      });
    }
  }
  return out;
}

describe('Amazon order-id forms on every page kind', () => {
  it.each(cases(AMAZON_PAGES, AMAZON_FORMS, false).map((c, i) => [c.name, c, i] as const))('%s', (_n, c, i) =>
    checkCase(c, 'amazon', i));
});

describe('Taobao/Tmall order-id forms on every page kind', () => {
  const all = [...cases(TAOBAO_PAGES, TAOBAO_FORMS, false), ...cases(TAOBAO_PAGES, TAOBAO_FORMS, true)];
  it.each(all.map((c, i) => [c.name, c, i] as const))('%s', (_n, c, i) => checkCase(c, 'taobao', i));
});
