import { describe, expect, it } from 'vitest';
import { extractAmazonBody } from './parse-fixture';

/**
 * Grand-total labels of other storefronts' and UI languages' summaries and invoices, in synthetic pages (written for
 * this test, values made up). The labels are the ones philipmulcahy/azad src/js/order.js (commit 04e88709, "as of
 * 20191015") reads on real pages: "Total general:" and "Total de este pedido:" on amazon.com's Spanish (es_US) digital
 * summaries and invoices, "Total of this order:" on the same pages in English, and "Total général du paiement" on
 * French detail pages. Each page also carries the script sentinel and an affiliate "Tracking ID" widget, which must
 * never become an order.
 */
const DECOYS = `<div id="nav-affiliate">Tracking ID: kefu-test-20</div>
  <script>var ue_sid = '000-0000000-8675309'; var ue_id = '123-4567890-1234567';</script>`;

function total(url: string, rows: string) {
  const { orders } = extractAmazonBody(url, `${DECOYS}<table>${rows}</table>`);
  expect(orders.map((o) => o.orderId)).toHaveLength(1);
  const [order] = orders;
  return [order?.orderId, order?.total?.amount, order?.total?.currency];
}

describe('Amazon grand-total labels of other languages (azad src/js/order.js)', () => {
  it('Spanish digital summary: "Total de este pedido" is the total, not a subtotal or the tax', () => {
    for (const [host, query] of [
      ['amazon.com', '&print=1'],
      ['amazon.com', ''],
      ['amazon.com.mx', '&print=1'],
    ] as const) {
      expect(
        total(
          `https://www.${host}/gp/digital/your-account/order-summary.html?orderID=D01-1234567-7654321${query}`,
          `<tr><td><b>Número de pedido:</b> D01-1234567-7654321</td></tr>
          <tr><td><b>Pedido digital: 22 de diciembre de 2019</b></td></tr>
          <tr><td>Subtotal de artículo(s): $4.61</td></tr><tr><td>Impuestos cobrados: $0.38</td></tr>
          <tr><td><b>Total de este pedido: $4.99</b></td></tr>`,
        ),
      ).toEqual(['D01-1234567-7654321', 4.99, host === 'amazon.com' ? 'USD' : 'MXN']);
    }
  });

  it('Spanish invoice: "Total general" wins over "Total antes de impuestos"', () => {
    expect(
      total(
        'https://www.amazon.com.mx/gp/css/summary/print.html?orderID=701-1234567-7654321',
        `<tr><td><b>Pedido realizado el:</b> 3 de noviembre de 2024</td></tr>
        <tr><td><b>Número de pedido:</b> 701-1234567-7654321</td></tr>
        <tr><td>Total antes de impuestos: $100.00</td></tr><tr><td>Impuestos: $16.00</td></tr>
        <tr><td><b>Total general:</b></td><td><b>$116.00</b></td></tr>`,
      ),
    ).toEqual(['701-1234567-7654321', 116, 'MXN']);
  });

  it('the same summary in English: "Total of this order"', () => {
    expect(
      total(
        'https://www.amazon.com/gp/digital/your-account/order-summary.html?orderID=D01-1234567-7654321&print=1',
        `<tr><td><b>Amazon.com order number:</b> D01-1234567-7654321</td></tr>
        <tr><td>Item(s) Subtotal: $9.99</td></tr><tr><td>Tax Collected: $0.80</td></tr>
        <tr><td><b>Total of this order: $10.79</b></td></tr>`,
      ),
    ).toEqual(['D01-1234567-7654321', 10.79, 'USD']);
  });

  it('French: "Total général du paiement" after the "Sous-total"', () => {
    expect(
      total(
        'https://www.amazon.fr/gp/css/summary/print.html?orderID=402-1234567-7654321',
        `<tr><td><b>Commande passée le :</b> 3 novembre 2024</td></tr>
        <tr><td><b>Numéro de commande :</b> 402-1234567-7654321</td></tr>
        <tr><td>Sous-total : EUR 10,00</td></tr><tr><td>Livraison : EUR 2,00</td></tr>
        <tr><td><b>Total général du paiement : EUR 12,00</b></td></tr>`,
      ),
    ).toEqual(['402-1234567-7654321', 12, 'EUR']);
  });

  it('a longer word that only ends in "total general" is no total label', () => {
    expect(
      total(
        'https://www.amazon.com.mx/gp/css/summary/print.html?orderID=701-1234567-7654321',
        `<tr><td><b>Número de pedido:</b> 701-1234567-7654321</td></tr><tr><td>Subtotal general: $100.00</td></tr>`,
      ),
    ).toEqual(['701-1234567-7654321', undefined, undefined]);
  });

  it('"Summa" (amazon.se) is a whole word: not the "Order Summary" heading above the subtotal, nor a "Summer …" title', () => {
    // A digital summary whose grand-total label is in no list (Korean on amazon.com; synthetic, the Korean words
    // illustrative), its other labels left in English as Amazon leaves untranslated strings: no total is better than
    // the subtotal. The old reading took "Summa" at the start of "Summary" and gave $9.99.
    expect(
      total(
        'https://www.amazon.com/gp/digital/your-account/order-summary.html?orderID=D01-1234567-7654321',
        `<tr><td><b>Amazon.com order number:</b> D01-1234567-7654321</td></tr>
        <tr><td><b>Order Summary</b></td></tr><tr><td>Item(s) Subtotal:</td><td>$9.99</td></tr>
        <tr><td>총 결제 금액:</td><td>$10.79</td></tr>`,
      ),
    ).toEqual(['D01-1234567-7654321', undefined, undefined]);
    expect(
      total(
        'https://www.amazon.se/gp/css/summary/print.html?orderID=403-1234567-7654321',
        `<tr><td><b>Beställningsnummer:</b> 403-1234567-7654321</td></tr>
        <tr><td>Summer Hat</td><td>99,00 kr</td></tr><tr><td><b>Summa:</b></td><td><b>129,00 kr</b></td></tr>`,
      ),
    ).toEqual(['403-1234567-7654321', 129, 'SEK']);
  });
});

/**
 * amazon.co.jp digital order summaries date the order on a line "デジタル注文: 2025/01/15" (kimata/amazhist-python
 * src/amazhist/order.py, `_parse_order_digital`, reads the date after that label on real pages). Synthetic page, values
 * made up, without the separate 注文日 line some versions also show.
 */
describe('amazon.co.jp digital summary dated only by "デジタル注文" (kimata/amazhist-python)', () => {
  it('reads the date after the label, numeric or written out', () => {
    for (const [written, iso] of [
      ['2025/01/15', '2025-01-15'],
      ['2013年12月22日', '2013-12-22'],
    ] as const) {
      const { orders } = extractAmazonBody(
        'https://www.amazon.co.jp/gp/digital/your-account/order-summary.html?orderID=D01-1357924-8642013',
        `${DECOYS}<table>
          <tr><td><b>Amazon.co.jp 注文番号： </b>D01-1357924-8642013</td></tr>
          <tr><td><b>注文の合計： ￥ 540</b></td></tr>
          <tr><td>配送予定日: 2099/12/31</td></tr>
          <tr><td align="center"><b>デジタル注文: ${written}</b></td></tr></table>`,
      );
      expect(orders.map((o) => [o.orderId, o.orderDate])).toEqual([['D01-1357924-8642013', iso]]);
    }
  });
});
