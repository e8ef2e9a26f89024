import { describe, expect, it } from 'vitest';
import { extractAmazonBody, runAmazon } from './parse-fixture';

/**
 * amazon.co.jp printable receipts and digital order summaries, in the shapes that the public receipt userscript
 * furyutei/amzOrderHistoryFilter (src/js/amzOrderHistoryFilter.user.js) reads on the real pages: item lines "N 点 <i>…</i>"
 * without a colon, the digital summary's "注文の合計" and pre-2014 "総計" totals, and the subscription date label
 * "サブスクリプション課金日" a jp scraper reads on cards. The fixtures are synthetic (values made up).
 */
const ROOT = 'tests/fixtures/synthetic/amazon';

describe('amazon.co.jp receipts', () => {
  it('legacy print.html: "N 点" item lines give the items and their counts; the seller line is not in the title', async () => {
    const run = await runAmazon(
      `${ROOT}/jp-invoice-print-legacy.html`,
      'https://www.amazon.co.jp/gp/css/summary/print.html/ref=oh_aui_ajax_dpi?ie=UTF8&orderID=250-2468135-9753124',
    );
    expect(run.pageKind).toBe('invoice');
    const [order] = run.orders;
    expect(order?.orderId).toBe('250-2468135-9753124');
    expect(order?.items).toEqual([
      { title: '緑茶 ティーバッグ 100袋', quantity: 1 },
      { title: 'ステンレス 急須 600ml', quantity: 2 },
    ]);
    expect([order?.orderDate, order?.total?.amount, order?.total?.currency]).toEqual(['2019-08-14', 5460, 'JPY']);
    expect(order?.shop).toBe('Amazon Japan G.K., テスト茶器店');
  });

  it('"点" with a comma, and not without a count', () => {
    const invoice = (cell: string) =>
      extractAmazonBody(
        'https://www.amazon.co.jp/gp/css/summary/print.html?orderID=250-1234567-7654321',
        `<table><tr><td><b>Amazon.co.jp 注文番号：</b> 250-1234567-7654321</td></tr><tr><td>${cell}</td><td>￥ 980</td></tr></table>`,
      ).orders[0]?.items;
    expect(invoice('3 点, <i>麦茶 ティーバッグ</i>')).toEqual([{ title: '麦茶 ティーバッグ', quantity: 3 }]);
    expect(invoice('満点 <i>麦茶</i>')).toEqual([]);
  });

  it('digital summary: the total is "注文の合計" (as print and as detail page)', async () => {
    for (const query of ['&print=1', '']) {
      const run = await runAmazon(
        `${ROOT}/jp-digital-summary.html`,
        `https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1357924-8642013${query}`,
      );
      const [order] = run.orders;
      expect([order?.orderId, order?.orderDate]).toEqual(['D01-1357924-8642013', '2013-12-22']);
      expect([order?.total?.amount, order?.total?.currency]).toEqual([540, 'JPY']);
      expect(order?.items.map((i) => i.title)).toEqual(['はじめての緑茶 (Kindle版)']);
    }
  });

  it('pre-2014 digital summary: "総計" is the grand total, and wins over a "商品小計"', () => {
    const [order] = extractAmazonBody(
      'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1234567-7654321&print=1',
      `<table><tr><td><b>注文番号：</b> D01-1234567-7654321</td></tr><tr><td>商品小計： ￥ 500</td></tr>
      <tr><td align="right">税： ￥ 40<br><b>総計： ￥ 540</b></td></tr></table>`,
    ).orders;
    expect(order?.total?.amount).toBe(540);
  });

  it('subscription summary: "サブスクリプション課金日" dates the order', () => {
    const [order] = extractAmazonBody(
      'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1234567-7654321&print=1',
      `<table><tr><td><b>サブスクリプション課金日：</b> 2024年11月3日</td></tr>
      <tr><td><b>注文番号：</b> D01-1234567-7654321</td></tr><tr><td><b>ご請求額：</b> ￥600</td></tr></table>`,
    ).orders;
    expect([order?.orderDate, order?.total?.amount]).toEqual(['2024-11-03', 600]);
  });
});
