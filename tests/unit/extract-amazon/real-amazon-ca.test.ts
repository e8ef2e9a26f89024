import { describe, expect, it } from 'vitest';
import { runAmazon } from './parse-fixture';

// Excerpts of real amazon.ca order-details pages (2024 data-component layout, CAD shown as "$"): see the comment at the
// top of each file and tests/fixtures/real/SOURCE.md.
const DIR = 'tests/fixtures/real/amazon.ca';
const FILE = `${DIR}/order-details-701-0006947-3345801.excerpt.html`;
const urls = (id: string) => [
  `https://www.amazon.ca/gp/your-account/order-details?orderID=${id}`,
  `https://www.amazon.ca/your-orders/order-details?orderID=${id}&ref=ppx_yo2ov_dt_b_fed_order_details`,
];
const dp = (asin: string, ref: string) =>
  `https://www.amazon.ca/dp/${asin}?ref_=ppx_hzod_title_dt_b_fed_asin_title_${ref}`;

describe('Amazon extractor on a real amazon.ca order-details page', () => {
  it.each(urls('701-0006947-3345801'))('%s', async (url) => {
    const run = await runAmazon(FILE, url);
    expect(run.marketplace).toBe('amazon.ca');
    expect(run.pageKind).toBe('order-detail');
    // The session id in the page's script (ue_sid, the payment widget's "session") is shaped like an order number.
    expect(run.orders.map((o) => o.orderId)).toEqual(['701-0006947-3345801']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2024-04-05');
    // "Grand Total: $19.20"; the refund total after it is the same sum and must not be what is read first.
    expect(order?.total).toEqual({ amount: 19.2, currency: 'CAD', text: '$19.20' });
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      [
        'Long Hair Swim Cap - Swim Caps Cool - Stylish Swim Cap for Braids Weaves Dreadlocks - Bathing Cap - Silicone Shower Cap (Black L)',
        1,
        'https://www.amazon.ca/dp/B07D959XRM?ref_=ppx_hzod_title_dt_b_fed_asin_title_0_0',
      ],
    ]);
    expect(order?.shop).toBe('DEITT');
    expect(order?.status).toBe('Return complete');
    // A return's status link is no tracking link.
    expect(order?.shipments).toEqual([{ status: 'Return complete' }]);
    expect(order?.detailUrl).toBe(url);
  });
});

// Regression fixtures: the extractor read these right when they were added (2026-12-01); each shows a state the page
// above lacks.
describe('Amazon extractor on more real amazon.ca order-details pages', () => {
  it.each(
    urls('701-0384837-0075460'),
  )('a gift-card line before the grand total, an empty shipment status, a "Return window closed on …" date: %s', async (url) => {
    const run = await runAmazon(`${DIR}/order-details-701-0384837-0075460.excerpt.html`, url);
    expect(run.pageKind).toBe('order-detail');
    expect(run.orders.map((o) => o.orderId)).toEqual(['701-0384837-0075460']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2024-09-14');
    // "Gift Card Amount: -$5.00" comes before "Grand Total: $2.79"; the item costs $6.89.
    expect(order?.total).toEqual({ amount: 2.79, currency: 'CAD', text: '$2.79' });
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      [
        'Gorilla Wood Glue, Indoor & Outdoor Carpentry Projects, Paintable, Sandable, Moisture Resistant, Clamping, Natural Color, 8oz/236mL, (Pack of 1), 6200201',
        1,
        dp('B07W3RTQC6', '0_0'),
      ],
    ]);
    expect(order?.shop).toBe('Amazon.ca');
    // The shipment's status heading is empty on the page: no status rather than an empty string.
    expect(order?.status).toBeUndefined();
    expect(order?.shipments).toEqual([]);
    expect(order?.detailUrl).toBe(url);
  });

  it.each(
    urls('701-3612180-7995405'),
  )('three items in one shipment, a partial refund smaller than the grand total, a fee row without a colon: %s', async (url) => {
    const run = await runAmazon(`${DIR}/order-details-701-3612180-7995405_2.excerpt.html`, url);
    expect(run.orders.map((o) => o.orderId)).toEqual(['701-3612180-7995405']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2024-04-26');
    // "Grand Total: $673.33", then "Refund Total $188.90" in the same bold style.
    expect(order?.total).toEqual({ amount: 673.33, currency: 'CAD', text: '$673.33' });
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      [
        'Amazon Kindle Scribe (64 GB) - 10.2” 300 ppi Paperwhite display, a Kindle and a notebook all in one, convert notes to text and share, includes Basic Pen',
        1,
        dp('B09BSQ8PRD', '0_0'),
      ],
      [
        'Amazon 5W USB Official OEM Charger and Power Adapter for Fire Tablets and Kindle eReaders',
        1,
        dp('B01J2G4VBG', '0_1'),
      ],
      [
        'Kindle Scribe Brush Print Leather Folio Cover with Magnetic Attach (only fits Kindle Scribe) - Storm Grey',
        1,
        dp('B0B2GVQYML', '0_2'),
      ],
    ]);
    expect(order?.shop).toBe('Amazon.ca');
    expect(order?.status).toBeUndefined();
    expect(order?.shipments).toEqual([]);
    expect(order?.detailUrl).toBe(url);
  });

  it.each(urls('701-3815833-5602607'))('three shipments, each returned: %s', async (url) => {
    const run = await runAmazon(`${DIR}/order-details-701-3815833-5602607_4.excerpt.html`, url);
    expect(run.orders.map((o) => o.orderId)).toEqual(['701-3815833-5602607']);
    const [order] = run.orders;
    expect(order?.orderDate).toBe('2024-05-27');
    expect(order?.total).toEqual({ amount: 370.85, currency: 'CAD', text: '$370.85' });
    expect(order?.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      ["SOUL Naturalizer Women's, Goodtimes Wedge Sandal, Porcelain, 6.5 Wide", 1, dp('B08NTYD822', '0_0')],
      ["Naturalizer Women's, Florencia Pump, Black Lizard, 7 Wide", 1, dp('B0973LDBDW', '1_0')],
      ["SOUL Naturalizer Women's, Oakley Sandal, Mid Brown Faux Leather, 6", 1, dp('B0CLB927ZD', '2_0')],
    ]);
    expect(order?.shop).toBe('Amazon.ca');
    expect(order?.status).toBe('Return complete');
    // One entry per shipment box; the "View Return/Refund Status" buttons are no tracking links.
    expect(order?.shipments).toEqual([
      { status: 'Return complete' },
      { status: 'Return complete' },
      { status: 'Return complete' },
    ]);
    expect(order?.detailUrl).toBe(url);
  });
});
