import type { ExtractedOrder, ExtractedShipment } from '../../extract/types';
import { absoluteHttpsUrl } from '../https-url';
import { type AmazonPageContext, detailUrlFor, firstMatch, note } from './context';
import { CARRIER_LABEL, TRACKING_ID_LABEL } from './labels';
import { isAmazonOrderId, orderIdFromHref } from './order-id';
import { labelledValue } from './read-labelled-text';
import { PAGE_LANDMARKS, TRACKING_CARRIER, TRACKING_ID, TRACKING_ROOT, TRACKING_STATUS } from './selectors';
import { trackingNumberCandidate } from './tracking-number';
import { collapseSpace, textChunks, visibleText } from './visible-text';

/** Text after a tracking label in an element such as `Tracking ID: TBA…` or `Trackingnummer JJD…`. */
function afterTrackingLabel(text: string): string {
  const m = TRACKING_ID_LABEL.exec(text);
  return m ? text.slice(m.index + m[0].length).replace(/^[\s:：#]+/, '') : text;
}

/** "Shipped with UPS" → "UPS"; "Carrier: Amazon Logistics" → "Amazon Logistics". */
function carrierName(text: string): string | null {
  const m = CARRIER_LABEL.exec(text);
  const after = m ? text.slice(m.index + m[0].length).replace(/^[\s:：]+/, '') : text;
  // "Shipped with UPS Tracking ID: 1Z…" in one heading: the name ends where the tracking label starts.
  // "Carrier: UPS, Tracking #: 1Z…" (ship-track, 2019–2024) and "配送業者：ヤマト運輸、お問い合わせ伝票番号：…" leave the
  // separator before the tracking label behind.
  const name = collapseSpace(after.slice(0, TRACKING_ID_LABEL.exec(after)?.index)).replace(/[\s,，、;；:：|/-]+$/, '');
  // A label without a name, or a sentence, is not a carrier name.
  if (!name || name.length > 40) return null;
  return name;
}

/**
 * The tracker's own state, which its scripts read (2021+): `<script type="a-state" data-a-state='{"key":"page-state"}'>`
 * holding `{"orderId":…,"trackingId":…,"shortStatus":…}`. JSON, never run; every value is checked by the caller.
 * The tracker opened from a shipping e-mail names its order nowhere else: no orderId in the URL, and only a link to
 * the order list (seen 2024–2026 in parsers and page models of amazon.com and .de).
 */
function pageState(doc: Document): { orderId?: unknown; trackingId?: unknown } {
  for (const script of doc.querySelectorAll('script[data-a-state*="page-state"]')) {
    try {
      // The state named exactly "page-state", not one whose name merely contains it.
      if (JSON.parse(script.getAttribute('data-a-state') ?? '').key === 'page-state') {
        return JSON.parse(script.textContent ?? '') ?? {};
      }
    } catch {
      // Not JSON: not the state.
    }
  }
  return {};
}

/**
 * A package-tracking page (`/progress-tracker/package/`, `/gp/your-account/ship-track`). The order is
 * the one named by the URL's `orderId` (the tracker shows no order number of its own, 2017–2025), a link on the
 * page, or the page's state; the shipment carries the tracking number, carrier, status and this page's URL.
 */
export function readTrackingPage(ctx: AmazonPageContext, doc: Document): ExtractedOrder | null {
  const rootMatch = firstMatch(doc, TRACKING_ROOT);
  const root = rootMatch?.value ?? doc.body;
  if (!root) return null;
  let orderId = orderIdFromHref(ctx.url.href);
  let idStrategy: string | null = orderId ? 'url-order-id' : null;
  if (!orderId) {
    for (const a of doc.querySelectorAll('a[href*="order-details"]')) {
      orderId = orderIdFromHref(a.getAttribute('href'), ctx.url.href);
      if (orderId) {
        idStrategy = 'order-details-link';
        break;
      }
    }
  }
  // Parsed only when the URL, a link or the page's tracking element left a gap (most trackers need none of it).
  let state: ReturnType<typeof pageState> | undefined;
  const stateOf = () => {
    state ??= pageState(doc);
    return state;
  };
  const fromState = orderId ? undefined : stateOf().orderId;
  if (typeof fromState === 'string' && isAmazonOrderId(fromState)) {
    orderId = fromState;
    idStrategy = 'page-state';
  }
  if (!orderId) {
    note(ctx, undefined, 'orderId', null);
    return null;
  }
  note(ctx, orderId, 'orderId', idStrategy);
  const shipment: ExtractedShipment = { trackingUrl: ctx.url.href };
  let chunks: string[] | null = null;
  const rootChunks = () => {
    if (chunks) return chunks;
    // A tracker without its carrier card (a delayed order not yet shipped; the older ship-track page) is read from
    // #a-page, which also holds Amazon's navbar and footer: the .de footer links "Versand durch Amazon" (Fulfilment by
    // Amazon), a carrier label. Read from a copy without them, in an inert document (its images never load).
    let scope: Element = root;
    if (root.querySelector(PAGE_LANDMARKS)) {
      scope = doc.implementation.createHTMLDocument('').importNode(root, true);
      for (const el of scope.querySelectorAll(PAGE_LANDMARKS)) el.remove();
    }
    chunks = textChunks(scope);
    return chunks;
  };

  // Carrier as the page names it ("Shipped with UPS", "Carrier: Amazon Logistics").
  let carrierStrategy: string | null = null;
  let pageCarrier: string | null = null;
  const carrierEl = firstMatch(root, TRACKING_CARRIER) ?? firstMatch(doc, TRACKING_CARRIER);
  const fromElement = carrierEl ? carrierName(visibleText(carrierEl.value)) : null;
  if (fromElement && carrierEl) {
    pageCarrier = fromElement;
    carrierStrategy = carrierEl.strategy;
  } else {
    pageCarrier = labelledValue(rootChunks(), CARRIER_LABEL, carrierName);
    if (pageCarrier) carrierStrategy = 'carrier-label';
  }

  // Tracking number: the tracker's tracking-ID element, else a "Tracking ID" label in the card.
  let trackingStrategy: string | null = null;
  let candidate: string | null = null;
  const idEl = firstMatch(root, TRACKING_ID) ?? firstMatch(doc, TRACKING_ID);
  if (idEl) {
    candidate = trackingNumberCandidate(afterTrackingLabel(visibleText(idEl.value)));
    if (candidate) trackingStrategy = idEl.strategy;
  }
  if (!candidate) {
    candidate = labelledValue(rootChunks(), TRACKING_ID_LABEL, trackingNumberCandidate);
    if (candidate) trackingStrategy = 'tracking-id-label';
  }
  const stateTrackingId = candidate ? undefined : stateOf().trackingId;
  if (typeof stateTrackingId === 'string') {
    candidate = trackingNumberCandidate(stateTrackingId);
    if (candidate) trackingStrategy = 'page-state';
  }
  // The carrier comes from the page here. Naming it from the number's format (lib/tracking, ~45 KB of courier
  // data) happens outside the content script: enrichShipments() in the background and in extractPageDetailed.
  if (candidate) shipment.trackingId = candidate;
  if (pageCarrier) shipment.carrier = pageCarrier;
  note(ctx, orderId, 'trackingId', trackingStrategy);
  note(ctx, orderId, 'carrier', carrierStrategy);

  const statusEl = firstMatch(doc, TRACKING_STATUS);
  const status = statusEl ? visibleText(statusEl.value) : '';
  if (status) shipment.status = status;
  note(ctx, orderId, 'status', status && statusEl ? statusEl.strategy : null);

  const order: ExtractedOrder = { orderId, items: [], shipments: [shipment] };
  if (status) order.status = status;
  const detailLink = doc.querySelector('a[href*="order-details"]');
  const detailUrl =
    detailLink && orderIdFromHref(detailLink.getAttribute('href'), ctx.url.href) === orderId
      ? absoluteHttpsUrl(detailLink.getAttribute('href'), ctx.url)
      : undefined;
  order.detailUrl = detailUrl ?? detailUrlFor(ctx, orderId);
  note(ctx, orderId, 'detailUrl', detailUrl ? 'order-details-link' : 'built-from-order-id');
  return order;
}
