import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledTotal } from '../../../lib/sites/amazon/read-labelled-text';
import { collectSellers } from '../../../lib/sites/amazon/read-sellers';
import { extractAmazonBody, runAmazon, runAmazonHtml } from './parse-fixture';

// Real amazon.de pages (2024 and 2026 layouts, German labels, "7,43 €" prices), anonymised by their author; source in
// tests/fixtures/real/SOURCE.md. Expected values are what each page shows; the upstream project's own tests
// (tests/unit/test_amazon_de.py) assert the same ids, dates, totals, titles and counts.
const ROOT = 'tests/fixtures/real/amazon.de';
const LIST = 'https://www.amazon.de/your-orders/orders?timeFilter=year-';
const DETAIL = 'https://www.amazon.de/gp/your-account/order-details?orderID=';

interface Want {
  orderId: string;
  orderDate: string;
  /** The total as printed; null: the page shows none (an order cancelled before it was charged). */
  total: string | null;
  items: [title: string, quantity: number][];
  status?: string;
  shop?: string;
  shipments: number;
  tracked?: boolean;
}

const eur = (text: string) => ({
  amount: Number(text.replace(/[^\d,]/g, '').replace(',', '.')),
  currency: 'EUR',
  text,
});

const PAGES: [file: string, url: string, orders: Want[], decoys?: string[]][] = [
  [
    'order-history-2026-0.html',
    `${LIST}2026`,
    [
      {
        orderId: '305-2331968-2925732',
        orderDate: '2026-09-06',
        total: '7,43 €',
        items: [['Testartikel 1', 1]],
        status: 'Zustellung: 15. September',
        shipments: 1,
        tracked: true,
      },
      {
        orderId: '302-9200911-2147206',
        orderDate: '2026-08-18',
        total: '7,63 €',
        items: [['Testartikel 7', 1]],
        status: 'Zugestellt: 19. August',
        shipments: 1,
        tracked: true,
      },
      {
        orderId: '305-4666232-2538376',
        orderDate: '2026-08-18',
        total: '30,36 €',
        items: [['Testartikel 8', 1]],
        status: 'Zugestellt: 26. August',
        shipments: 1,
        tracked: true,
      },
    ],
  ],
  [
    'order-history-2024-0.html',
    `${LIST}2024`,
    [
      // Two delivery boxes without a status line or a tracking link: no shipment to report.
      {
        orderId: '305-5080896-6974012',
        orderDate: '2024-12-14',
        total: '25,97 €',
        items: [
          ['Testartikel 39', 1],
          ['Testartikel 40', 1],
        ],
        shipments: 0,
      },
      {
        orderId: '305-1560657-3179822',
        orderDate: '2024-12-13',
        total: '0,00 €',
        items: [['Testartikel 41', 1]],
        shipments: 0,
      },
      {
        orderId: '305-8878664-0337053',
        orderDate: '2024-12-12',
        total: '9,54 €',
        items: [['Testartikel 42', 1]],
        shipments: 0,
      },
    ],
  ],
  [
    'order-history-2026-10.html',
    `${LIST}2026&page=1`,
    [
      {
        orderId: '305-7774744-1921007',
        orderDate: '2026-07-27',
        total: '0,00 €',
        items: [
          ['Testartikel 17', 1],
          ['Testartikel 18', 1],
          ['Testartikel 19', 1],
        ],
        status: 'Zugestellt: 28. Juli',
        shipments: 1,
        tracked: true,
      },
      {
        orderId: '302-1027899-2645350',
        orderDate: '2026-07-16',
        total: '199,94 €',
        items: [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33].map((n) => [`Testartikel ${n}`, 1] as [string, number]),
        status: 'Rücksendung abgeschlossen',
        shipments: 5,
      },
      {
        orderId: '306-9830706-3114157',
        orderDate: '2026-07-12',
        total: '24,46 €',
        items: [['Testartikel 34', 4]],
        status: 'Zugestellt: 16. Juli',
        shipments: 1,
      },
    ],
  ],
  [
    'order-details-D01-1151337-3109897.html',
    'https://www.amazon.de/gp/digital/your-account/order-summary.html?orderID=D01-1151337-3109897',
    [
      {
        orderId: 'D01-1151337-3109897',
        orderDate: '2026-04-16',
        total: '54,99 €',
        items: [['Testartikel 57', 1]],
        shop: 'Amazon Digital Germany GmbH',
        shipments: 0,
      },
    ],
  ],
  [
    'order-details-302-2246127-7908429.html',
    `${DETAIL}302-2246127-7908429`,
    [
      // Cancelled by the seller before payment: no charge summary. The seller's line ends in "Preise inkl. MwSt.".
      {
        orderId: '302-2246127-7908429',
        orderDate: '2026-05-15',
        total: null,
        items: [['Testartikel 61', 1]],
        status: 'Storniert',
        shop: 'Beispielhändler GmbH',
        shipments: 1,
      },
    ],
  ],
  [
    'order-details-303-3777441-6449677.html',
    `${DETAIL}303-3777441-6449677`,
    [
      // "Summe: 59,24 €" before the coupon; "Gesamtsumme: 53,32 €" after it. Quantity as the badge on the image.
      {
        orderId: '303-3777441-6449677',
        orderDate: '2026-08-12',
        total: '53,32 €',
        items: [['Testartikel 9', 3]],
        status: 'Zugestellt: 13. August',
        shop: 'Amazon.de',
        shipments: 1,
        tracked: true,
      },
    ],
  ],
  [
    'order-details-302-4747566-2416972.html',
    `${DETAIL}302-4747566-2416972`,
    [
      // Paid by gift card: "Summe: 39,93 €", then "Gesamtsumme: 0,00 €"; the subtotals column has no id here.
      {
        orderId: '302-4747566-2416972',
        orderDate: '2026-06-20',
        total: '0,00 €',
        items: [['Testartikel 58', 1]],
        status: 'E-Mail-Zustellung',
        shop: 'Beispielhändler GmbH',
        shipments: 1,
      },
    ],
  ],
  [
    'order-details-305-8658493-2112126.html',
    `${DETAIL}305-8658493-2112126`,
    [
      // A cancelled service; "Service für: Testartikel 60" links the product's own order, which is not this one.
      {
        orderId: '305-8658493-2112126',
        orderDate: '2026-06-08',
        total: '0,00 €',
        items: [['Testartikel 59', 1]],
        status: 'Service storniert',
        shop: 'Beispielhändler GmbH',
        shipments: 1,
      },
    ],
    ['305-2910451-0740853'],
  ],
  [
    'order-details-305-4666232-2538376.html',
    `${DETAIL}305-4666232-2538376`,
    [
      {
        orderId: '305-4666232-2538376',
        orderDate: '2026-08-18',
        total: '30,36 €',
        items: [['Testartikel 8', 1]],
        status: 'Zugestellt: 26. August',
        shop: 'Amazon.de',
        shipments: 1,
        tracked: true,
      },
    ],
  ],
  [
    'order-details-305-2331968-2925732.html',
    `${DETAIL}305-2331968-2925732`,
    [
      // Subscribe & Save, not yet delivered: "Summe: 8,75 €", a coupon, "Gesamtsumme: 7,43 €". The image's alt text
      // ("Testartikel 11") is not the title. The "Artikel stornieren" link is a progress-tracker URL too, not tracking.
      {
        orderId: '305-2331968-2925732',
        orderDate: '2026-09-06',
        total: '7,43 €',
        items: [['Testartikel 1', 1]],
        status: 'Zustellung: 15. September',
        shop: 'Beispielhändler GmbH',
        shipments: 1,
        tracked: true,
      },
    ],
  ],
  [
    'order-details-305-7774744-1921007.html',
    `${DETAIL}305-7774744-1921007`,
    [
      // Paid by gift card ("Geschenkgutschein(e): -45,56 €"): the total is 0,00 €. Three items, two sellers.
      {
        orderId: '305-7774744-1921007',
        orderDate: '2026-07-27',
        total: '0,00 €',
        items: [
          ['Testartikel 17', 1],
          ['Testartikel 18', 1],
          ['Testartikel 19', 1],
        ],
        status: 'Zugestellt: 28. Juli',
        shop: 'Beispielhändler GmbH, Amazon.de',
        shipments: 1,
        tracked: true,
      },
    ],
  ],
  [
    'order-details-305-6241404-1528010.html',
    `${DETAIL}305-6241404-1528010`,
    [
      // Returned in full: "Gesamtsumme: 21,98 €", then "Summe der Erstattung" (bold too) of the same amount.
      {
        orderId: '305-6241404-1528010',
        orderDate: '2026-07-19',
        total: '21,98 €',
        items: [['Testartikel 22', 1]],
        status: 'Rücksendung abgeschlossen',
        shop: 'Beispielhändler GmbH',
        shipments: 1,
      },
    ],
  ],
  [
    'order-details-302-1027899-2645350.html',
    `${DETAIL}302-1027899-2645350`,
    [
      // One item of eleven returned: "Gesamtsumme: 199,94 €" (what was paid), then "Summe der Erstattung: 27,10 €".
      // Five packages, none with a tracking link; the returned one is the last box here and the first on the list
      // card, so the first box's status differs between the two pages.
      {
        orderId: '302-1027899-2645350',
        orderDate: '2026-07-16',
        total: '199,94 €',
        items: [27, 28, 29, 30, 31, 32, 33, 24, 25, 26, 23].map((n) => [`Testartikel ${n}`, 1] as [string, number]),
        status: 'Zugestellt: 18. Juli',
        shop: 'Amazon.de, Beispielhändler GmbH',
        shipments: 5,
      },
    ],
  ],
];

describe('Amazon extractor on real amazon.de pages', () => {
  it.each(PAGES)('%s', async (file, url, orders, decoys = []) => {
    const run = await runAmazon(`${ROOT}/${file}`, url);
    expect(run.marketplace).toBe('amazon.de');
    expect(run.pageKind).toBe(file.startsWith('order-history') ? 'order-list' : 'order-detail');
    expect(run.orders.map((o) => o.orderId)).toEqual(orders.map((o) => o.orderId));
    for (const decoy of decoys) expect(JSON.stringify(run.orders)).not.toContain(decoy);

    for (const want of orders) {
      const got = run.orders.find((o) => o.orderId === want.orderId);
      if (!got) throw new Error(`missing ${want.orderId}`);
      expect(got.orderDate).toBe(want.orderDate);
      expect(got.total).toEqual(want.total === null ? undefined : eur(want.total));
      expect(got.items.map((i) => [i.title, i.quantity])).toEqual(want.items);
      for (const item of got.items) expect(item.url).toMatch(/^https:\/\/www\.amazon\.de\//);
      expect(got.status).toBe(want.status);
      expect(got.shop).toBe(want.shop);
      expect(got.shipments).toHaveLength(want.shipments);
      if (want.tracked) {
        expect(got.shipments[0]?.trackingUrl).toMatch(/^https:\/\/www\.amazon\.de\/progress-tracker\/package\?/);
        expect(got.shipments[0]?.trackingUrl).toContain(`orderId=${want.orderId}`);
      }
      // A list links each order's own detail page; a detail page is its own.
      expect(got.detailUrl).toBe(
        file.startsWith('order-history')
          ? `https://www.amazon.de/your-orders/order-details?orderID=${want.orderId}&ref=ppx_yo2ov_dt_b_fed_order_details`
          : url,
      );
    }
  });
});

describe('seller names without the VAT note EU storefronts print after them', () => {
  it.each([
    [['Verkauf durch: Beispielhändler GmbH Preise inkl. MwSt.'], 'Beispielhändler GmbH'],
    [['Verkauf durch:', 'Beispielhändler GmbH Preise inkl. MwSt.'], 'Beispielhändler GmbH'],
    [['Vendu par : Exemple SARL Prix TTC'], 'Exemple SARL'],
    [['Venduto da: Esempio S.r.l. IVA inclusa'], 'Esempio S.r.l.'],
    [['Sold by: Example Ltd Prices include VAT.'], 'Example Ltd'],
    [['Verkocht door: Voorbeeld B.V. incl. btw'], 'Voorbeeld B.V.'],
    // Not a note at the end of the name: kept as printed.
    [['Sold by: VAT Included Supplies Ltd'], 'VAT Included Supplies Ltd'],
    [['Verkauf durch: Amazon.de'], 'Amazon.de'],
  ])('%j → %s', (chunks, name) => {
    const sellers = new Set<string>();
    collectSellers(chunks, sellers);
    expect([...sellers]).toEqual([name]);
  });
});

// The refund's rows follow the order's and are set in bold like its grand total (amazon.de 2026, amazon.ca 2024). What
// was paid back is never the order's total, wherever the page puts it and whatever word it shares with a total.
describe("a refund's total is not the order's total", () => {
  const id = '302-1027899-2645350';
  const page = readFileSync(`${ROOT}/order-details-${id}.html`, 'utf8');
  /** The page's charge-summary row (`<li>…</li>`) that holds `text`. */
  const row = (text: string) => {
    const at = page.indexOf(text);
    const start = page.lastIndexOf('<li>', at);
    return page.slice(start, page.indexOf('</li>', at) + '</li>'.length);
  };
  const grandTotal = row('<span>Gesamtsumme: </span>');
  const refund = row('charge-summary-inline-popover');
  const total = async (html: string) => (await runAmazonHtml(html, `${DETAIL}${id}`)).orders[0]?.total;

  it('the refund row above the grand total', async () => {
    const refundFirst = page.replace(grandTotal, '').replace(refund, `${refund}${grandTotal}`);
    expect(refundFirst.indexOf('<span>Summe der Erstattung</span>')).toBeLessThan(refundFirst.indexOf(grandTotal));
    expect(await total(refundFirst)).toEqual(eur('199,94 €'));
  });

  it('no bold grand total: the "Summe:" row, not the bold refund', async () => {
    expect(await total(page.replace(grandTotal, ''))).toEqual(eur('199,94 €'));
  });

  it('an English refund row ("Refund Total") above the grand total', () => {
    const boldRow = (label: string, value: string) =>
      `<div class="a-row"><div class="a-column a-span7"><span class="a-color-base a-text-bold">${label}</span></div>` +
      `<div class="a-column a-span5"><span class="a-color-base a-text-bold">${value}</span></div></div>`;
    const { orders } = extractAmazonBody(
      'https://www.amazon.co.uk/gp/your-account/order-details?orderID=202-1234567-1234567',
      '<div id="orderDetails"><span>Order# 202-1234567-1234567</span><div id="od-subtotals">' +
        boldRow('Refund Total:', '£5.00') +
        boldRow('Grand Total:', '£19.20') +
        '</div></div>',
    );
    expect(orders[0]?.total?.text).toBe('£19.20');
  });

  it.each([
    [['Summe der Erstattung', '27,10 €', 'Summe:', '199,94 €'], '199,94 €'],
    [['Gesamtbetrag der Rückerstattung: 27,10 €', 'Gesamtbetrag: 199,94 €'], '199,94 €'],
    [['Montant total du remboursement : 10,00 €', 'Montant total : 50,00 €'], '50,00 €'],
    [['Totale complessivo del rimborso: 10,00 €', 'Totale complessivo: 50,00 €'], '50,00 €'],
    // Only a refund: no total at all.
    [['Summe der Erstattung', '27,10 €'], null],
  ])('labelled: %j → %s', (chunks, want) => {
    expect(labelledTotal(chunks, 'EUR')?.text ?? null).toBe(want);
  });
});
