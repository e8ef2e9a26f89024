import { describe, expect, it } from 'vitest';
import { extractAmazonBody } from './parse-fixture';

/**
 * Package trackers (`/progress-tracker/package/`) of other storefronts, rebuilt with made-up values (synthetic, not
 * saved pages). The markup follows what public tracker readers select on real pages: the 2024+ delivery card
 * (`#carrierRelatedInfo-container > section.pt-card.delivery-card > .pt-delivery-card-wrapper`, its `h3` and
 * `.pt-delivery-card-trackingId`: ioBroker.parcel's amazon.de reader and an amazon.de page model of 2026), and the
 * "See all updates" popover (`#tracking-events-container`, `.tracking-event-carrier-header h2`,
 * `.tracking-event-trackingId-text h4`: ayyybe/amazon-track, a tracker app's parse_tracker, and a vendor extension's
 * "tracking-events-only" fixture, where only that popover is drawn). Decoys: an affiliate "Tracking ID" widget and
 * an order-shaped id in the page state.
 */
const ORDER = '403-1234567-7654321';
const url = (host: string) =>
  `https://www.${host}/progress-tracker/package/ref=ppx_od_dt_b_track_package?_encoding=UTF8&itemId=abc&orderId=${ORDER}&packageIndex=0&shipmentId=Xabc`;

const popover = (heading: string, idLine: string) => `
  <div class="a-popover-preload"><div id="tracking-events-container" class="tracking-events-modal-inner"><div class="a-container">
    <div class="a-row tracking-event-carrier-header"><h2 class="a-spacing-small a-spacing-top-medium">${heading}</h2></div>
    <div class="a-row tracking-event-trackingId-text"><h4 class="a-spacing-medium">${idLine}</h4></div>
    <div class="a-row"><div class="a-row tracking-event-date-header"><span class="tracking-event-date">1.10.2026</span></div></div>
  </div></div></div>`;

const tracker = (promise: string, card: string, events: string) => `
  <div id="nav-affiliate">Tracking ID: kefu-test-20</div>
  <a class="a-link-normal" href="/gp/your-account/order-history/?ref=ppx_pt2_dt_b_sao_in">x</a>
  <h1 class="pt-promise-main-slot">${promise}</h1>
  <div id="carrierRelatedInfo-container" class="a-row a-spacing-small cardContainer-wrapper"><div class="a-row cardContainer">${card}</div></div>
  ${events}
  <script type="a-state" data-a-state='{"key":"page-state"}'>{"orderId":"403-0000000-9999999"}</script>`;

const deliveryCard = (heading: string, idLine: string) =>
  `<section class="pt-card delivery-card"><div class="pt-delivery-card-wrapper"><div><h3 class="a-spacing-small">${heading}</h3><div class="pt-delivery-card-trackingId">${idLine}</div></div></div></section>`;

const shipment = (host: string, html: string) => {
  const [order] = extractAmazonBody(url(host), html).orders;
  expect(order?.orderId).toBe(ORDER);
  const { carrier, trackingId, status } = order?.shipments[0] ?? {};
  return { carrier, trackingId, status };
};

describe('Amazon tracker: only the "See all updates" popover drawn', () => {
  it('reads the number and carrier from the popover when the delivery card is empty, on every storefront', () => {
    const cases: [string, string, string, string, string][] = [
      [
        'amazon.de',
        'Lieferung Donnerstag, 1. Oktober',
        'Versendet mit DHL',
        'Trackingnummer 00340434161234567890',
        'DHL',
      ],
      ['amazon.co.uk', 'Arriving tomorrow', 'Delivery by Amazon', 'Tracking ID: GB4012345678', 'Amazon'],
      ['amazon.fr', 'Arrive demain', 'Expédié avec Colissimo', 'N° de suivi 6A12345678901', 'Colissimo'],
      ['amazon.co.jp', '明日お届け', '配送業者：ヤマト運輸', '追跡番号：4567-8901-2345', 'ヤマト運輸'],
      [
        'amazon.com.mx',
        'Llega mañana',
        'Enviado con Estafeta',
        'Número de seguimiento 8055123456789012345678',
        'Estafeta',
      ],
    ];
    for (const [host, promise, heading, idLine, carrier] of cases) {
      const trackingId = idLine.replace(/^.*?(?=[0-9A-Z]{4})/, '').replace(/-/g, '');
      expect(shipment(host, tracker(promise, '', popover(heading, idLine))), host).toEqual({
        carrier,
        trackingId,
        status: promise,
      });
    }
  });

  it('the delivery card still wins over the popover when both are drawn', () => {
    const html = tracker(
      'Arriving tomorrow',
      deliveryCard('Shipped with UPS', 'Tracking ID: 1Z999AA10123456784'),
      popover('Delivery by Amazon', 'Tracking ID: TBA304567891000'),
    );
    expect(shipment('amazon.com', html)).toMatchObject({ carrier: 'UPS', trackingId: '1Z999AA10123456784' });
  });
});

describe('Amazon tracker: carrier headings of other storefronts and wordings', () => {
  it('keeps only the carrier name of "Versand durch", "Livraison par", "Dispatched with", "Delivery facilitated by"', () => {
    const cases: [string, string, string][] = [
      ['amazon.de', 'Versand durch DHL', 'DHL'],
      ['amazon.de', 'Zustellung durch Amazon', 'Amazon'],
      ['amazon.fr', 'Livraison par Amazon', 'Amazon'],
      ['amazon.ca', 'Livraison par Postes Canada', 'Postes Canada'],
      ['amazon.co.uk', 'Dispatched with Royal Mail', 'Royal Mail'],
      ['amazon.com', 'Delivery facilitated by UPS', 'UPS'],
    ];
    for (const [host, heading, carrier] of cases) {
      const html = tracker('x', deliveryCard(heading, 'Trackingnummer 00340434161234567890'), '');
      expect(shipment(host, html).carrier, heading).toBe(carrier);
    }
  });
});
