import { describe, expect, it } from 'vitest';
import { ORDER_DATE_LABEL } from '../../../lib/sites/amazon/labels';
import { parseAmazonDate } from '../../../lib/sites/amazon/parse-date';
import { parseAmazonMoney } from '../../../lib/sites/amazon/parse-money';
import { labelledValue } from '../../../lib/sites/amazon/read-labelled-text';
import { extractAmazonBody } from './parse-fixture';

/**
 * Gaps found by probing the real amazon.com pages rewritten into other marketplaces' languages and currencies (nl, sv,
 * pl, tr, fr-BE/nl-BE, ar and en on .sa/.ae/.eg, pt-BR, es-MX, en-SG/AU/IN, hi-IN). The pages below are synthetic
 * (written for this test, values made up); each plants the script sentinel and an affiliate "Tracking ID" widget.
 */
const DECOYS = `<div id="nav-affiliate">Tracking ID: kefu-test-20</div>
  <script>var ue_sid = '000-0000000-8675309'; var ue_id = '123-4567890-1234567';</script>`;

describe('Saudi riyal: the new sign and "SR" (amazon.sa)', () => {
  // U+20C1 SAUDI RIYAL SIGN (Unicode 17.0, category Sc), the sign SAMA introduced in 2025; Saudi shops print it before
  // or after the amount. "SR" is the Latin abbreviation Saudi shops write ("SR 38", "200 SR").
  it.each([
    ['\u20c1 1,234.50', 1234.5],
    ['\u20c11,234.50', 1234.5],
    ['99.00 \u20c1', 99],
    ['SR 1,234.50', 1234.5],
    ['129.95 SR', 129.95],
    ['SR\u00a012.00', 12],
  ])('%s is SAR', (text, amount) => {
    expect(parseAmazonMoney(text, 'SAR', { requireCurrency: true })).toMatchObject({ amount, currency: 'SAR' });
  });

  it('the sign names the riyal on any storefront; "SR" only where the riyal is the currency', () => {
    expect(parseAmazonMoney('\u20c1 12.00', 'AED', { requireCurrency: true })?.currency).toBe('SAR');
    // Elsewhere "SR" is no currency (a size, "Sr."): no price, so never a total.
    expect(parseAmazonMoney('SR 12.00', 'USD', { requireCurrency: true })).toBeNull();
    expect(parseAmazonMoney('SR 12.00', 'AED', { requireCurrency: true })).toBeNull();
    expect(parseAmazonMoney('SRX 12.00', 'SAR', { requireCurrency: true })).toBeNull();
  });

  it.each(['SR 116.00', '\u20c1 116.00'])('an amazon.sa invoice totalled in "%s"', (written) => {
    const { orders } = extractAmazonBody(
      'https://www.amazon.sa/gp/css/summary/print.html?orderID=406-1234567-7654321',
      `${DECOYS}<table>
        <tr><td><b>Order Placed:</b> 3 November 2024</td></tr>
        <tr><td><b>Amazon.sa order number:</b> 406-1234567-7654321</td></tr>
        <tr><td>Item(s) Subtotal: ${written.replace('116', '100')}</td></tr>
        <tr><td><b>Grand Total:</b></td><td><b>${written}</b></td></tr></table>`,
    );
    expect(orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.total?.currency])).toEqual([
      ['406-1234567-7654321', '2024-11-03', 116, 'SAR'],
    ]);
  });
});

/**
 * "Bestelnr.": the Dutch abbreviation of bestelnummer (as Dutch shop software writes its order-number column, e.g.
 * osCommerce's Dutch "Bestelnr.:"), the counterpart of the "Bestellnr." a real amazon.de list card shows
 * (alexdlaird/amazon-orders tests/resources/de/orders). Not an amazon.nl capture: none was found in public code.
 * A list card whose classes no selector knows is found only around its order-number label.
 */
describe('Dutch "Bestelnr." on a list whose classes no selector knows (amazon.nl, amazon.com.be)', () => {
  const card = (id: string, date: string, total: string) => `<div><div>
      <div><span>Bestelling geplaatst</span><span>${date}</span></div>
      <div><span>Totaal</span><span>${total}</span></div>
      <div><span>Bestelnr.</span> <span>${id}</span></div></div>
      <div><a href="/dp/B000000001">Kefu testartikel ${id.slice(-3)}</a></div></div>`;
  it.each(['amazon.nl', 'amazon.com.be'])('%s: each card is found, with its date and total', (host) => {
    const { orders } = extractAmazonBody(
      `https://www.${host}/your-orders/orders?timeFilter=year-2024`,
      `${DECOYS}<main>${card('403-1234567-7654321', '3 november 2024', '€ 12,99')}${card('403-7654321-1234567', '28 okt. 2024', '€ 1.234,56')}</main>`,
    );
    expect(orders.map((o) => [o.orderId, o.orderDate, o.total?.amount, o.total?.currency])).toEqual([
      ['403-1234567-7654321', '2024-11-03', 12.99, 'EUR'],
      ['403-7654321-1234567', '2024-10-28', 1234.56, 'EUR'],
    ]);
  });
});

describe("'Purchased' alone as an order-date label", () => {
  const dateAfterLabel = (chunks: string[]) => labelledValue(chunks, ORDER_DATE_LABEL, (t) => parseAmazonDate(t, 'en'));
  it('labels the date it starts a line with (the Whole Foods card header, 2020–2025)', () => {
    expect(dateAfterLabel(['Purchased', 'March 3, 2026'])).toBe('2026-03-03');
    expect(dateAfterLabel(['Purchased March 3, 2026'])).toBe('2026-03-03');
  });
  it("is no label inside a line: 'Items purchased', 'Last purchased' before another date", () => {
    expect(dateAfterLabel(['Items purchased', 'Delivered Mar 5, 2026'])).toBeNull();
    expect(dateAfterLabel(['Last purchased Mar 5, 2026', 'Order placed', 'March 1, 2026'])).toBe('2026-03-01');
    // The other labels still count anywhere in their line.
    expect(dateAfterLabel(['Your order placed March 1, 2026'])).toBe('2026-03-01');
  });
});

/**
 * The table invoice (print.html before 2026) with its UI in Hindi (amazon.in), a language whose label words no list
 * holds: the layout of tests/fixtures/synthetic/amazon/invoice-print.html, its labels rewritten. The Hindi words are
 * illustrative, not copied from a saved page (no public capture was found); the date is CLDR's Hindi long form.
 */
describe('a table invoice whose labels no list holds (Hindi UI on amazon.in)', () => {
  const url = 'https://www.amazon.in/gp/css/summary/print.html?orderID=404-1234567-7654321';
  const invoice = (header: string) => `${DECOYS}<table><tr><td><b>ऑर्डर का अंतिम विवरण #404-1234567-7654321</b></td></tr>
    ${header}
    <tr><td><b>Amazon.in ऑर्डर संख्या:</b> 404-1234567-7654321</td></tr>
    <tr><td><b>ऑर्डर कुल:</b> ₹1,299.00</td></tr>
    <tr><td><b>8 दिसंबर 2023 को भेजा गया</b></td></tr>
    <tr><td>1 of: <i>Kefu परीक्षण वस्तु</i><br>विक्रेता: Kefu Test Retail</td><td>₹1,299.00</td></tr></table>`;

  it('dates the order by the first date it prints, the one in its header', () => {
    const { orders, diagnostics } = extractAmazonBody(
      url,
      invoice('<tr><td><b>ऑर्डर दिया गया:</b> 7 दिसंबर 2023</td></tr>'),
    );
    expect(orders.map((o) => [o.orderId, o.orderDate])).toEqual([['404-1234567-7654321', '2023-12-07']]);
    expect(diagnostics).toContainEqual({
      orderId: '404-1234567-7654321',
      field: 'orderDate',
      strategy: 'first-date-on-invoice',
    });
  });

  it('a labelled order date still wins over an earlier date', () => {
    const { orders } = extractAmazonBody(
      url.replace('amazon.in', 'amazon.co.uk'),
      invoice('<tr><td>Printed 9 December 2023</td></tr><tr><td><b>Order Placed:</b> 7 December 2023</td></tr>'),
    );
    expect(orders[0]?.orderDate).toBe('2023-12-07');
  });
});
