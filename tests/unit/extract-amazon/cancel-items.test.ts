import { describe, expect, it } from 'vitest';
import { amazonSiteReading } from '../../../lib/sites/amazon/site';
import { TRACKING_PAGE_READERS } from '../../../lib/sites/amazon/tracking-page-readers';
import { extractAmazonBody } from './parse-fixture';

/**
 * "Cancel items" lives under the tracker's path: `/progress-tracker/package/preship/cancel-items?orderID=…` (and its
 * outcome `/preship/cancel-summary`), the target of the "Cancel items" button beside "Track package" in a shipment's
 * connections (2024–2026). Synthetic pages: URLs and the button's place as public order scrapers' tests and notes of
 * 2026 record them (a cancel form, "Cancel items 503-4373109" as its title on amazon.sg; the detail page's
 * `data-component="shipmentConnections"` block carrying Track package, Cancel items and a review link); the
 * data-component markup around it from alexdlaird/amazon-orders' saved order-details-112-5939971-8962610 (2024).
 * Made-up values.
 */
const ORDER = '111-2223334-5556667';
const CANCEL = `/progress-tracker/package/preship/cancel-items?orderID=${ORDER}&ref_=ppx_hzod_shipconns_dt_b_cancel_items_1`;

describe('Amazon "Cancel items" page (/progress-tracker/package/preship/…)', () => {
  it('is no tracker: the tracking script stays silent there, and no shipment points at it', () => {
    for (const path of ['preship/cancel-items?orderID=', 'preship/cancel-summary?orderID=']) {
      const url = new URL(`https://www.amazon.sg/progress-tracker/package/${path}503-4373109-1234567`);
      expect(amazonSiteReading(TRACKING_PAGE_READERS, null).match(url), url.href).toBeNull();
      const { orders } = extractAmazonBody(
        url.href,
        '<div id="a-page"><h1>Cancel items</h1><div>Order # 503-4373109-1234567</div><input type="submit" value="Request cancellation"></div>',
      );
      expect(orders.flatMap((o) => o.shipments)).toEqual([]);
    }
  });

  it('the tracker itself, also under /ref=…, is still read', () => {
    const url = `https://www.amazon.com/progress-tracker/package/ref=ppx_od_dt_b_track_package?_encoding=UTF8&itemId=abc&orderId=${ORDER}&packageIndex=0&shipmentId=Xabc`;
    expect(amazonSiteReading(TRACKING_PAGE_READERS, null).match(new URL(url))).not.toBeNull();
    const [order] = extractAmazonBody(url, '<h1 class="pt-promise-main-slot">Arriving Monday</h1>').orders;
    expect(order?.shipments).toEqual([{ trackingUrl: url, status: 'Arriving Monday' }]);
  });
});

describe('Amazon detail: a shipment whose only button under /progress-tracker/ is "Cancel items"', () => {
  const box = (status: string, asin: string, links: string) => `
    <div class="a-box"><div class="a-box-inner">
      <div data-component="shipmentStatus"><h4 class="od-status-message"><span class="a-text-bold">${status}</span></h4></div>
      <div data-component="purchasedItems"><div data-component="itemTitle"><a class="a-link-normal" href="/dp/${asin}">Item ${asin}</a></div></div>
      <div data-component="shipmentConnections"><div class="a-button-stack">${links}</div></div>
    </div></div>`;
  const button = (href: string, text: string) =>
    `<span class="a-button"><span class="a-button-inner"><a href="${href}" class="a-button-text">${text}</a></span></span>`;
  const TRACK = `/gp/your-account/ship-track?itemId=abc&orderId=${ORDER}&shipmentId=AAA1&packageIndex=0`;

  // The 2024+ detail's Track package is a ship-track link: a tracker-path selector tried first took Cancel items over it.
  it('has no tracking link, and the shipped box keeps its own Track package link', () => {
    const html = `<div data-component="orderCard">
      <div data-component="orderDateInvoice"><span>Order placed August 9, 2026</span><span>Order # ${ORDER}</span></div>
      <div data-component="shipments"><div class="a-box-group">
        ${box('Arriving Monday', 'B000000001', button(TRACK, 'Track package') + button(CANCEL, 'Cancel items'))}
        ${box('Preparing for shipment', 'B000000002', button(CANCEL, 'Cancel items'))}
      </div></div></div>`;
    const [order] = extractAmazonBody(`https://www.amazon.com/your-orders/order-details?orderID=${ORDER}`, html).orders;
    expect(order?.shipments).toEqual([
      { status: 'Arriving Monday', trackingUrl: `https://www.amazon.com${TRACK}` },
      { status: 'Preparing for shipment' },
    ]);
  });
});
