import type { ExtractedShipment } from '../../extract/types';
import { absoluteHttpsUrl } from '../https-url';
import { type AmazonPageContext, allMatches, type Found, firstMatch } from './context';
import { SHIPMENT_BOX, SHIPMENT_STATUS, TRACK_PACKAGE_LINK } from './selectors';
import { visibleText } from './visible-text';

function trackingUrlIn(ctx: AmazonPageContext, scope: ParentNode): string | undefined {
  const link = firstMatch(scope, TRACK_PACKAGE_LINK);
  return link ? absoluteHttpsUrl(link.value.getAttribute('href'), ctx.url) : undefined;
}

/** The status line in `scope` (a shipment box, or a card or detail page when no box carried one). */
export function statusIn(scope: ParentNode): string | undefined {
  const el = firstMatch(scope, SHIPMENT_STATUS);
  const text = el ? visibleText(el.value) : '';
  if (text) return text;
  // Classic boxes keep the status in a hidden span's attribute too (2020–2024).
  const hidden = scope.querySelector('[data-yodeliveryestimate]');
  const attr = hidden?.getAttribute('data-yodeliveryestimate')?.trim();
  return attr || undefined;
}

/**
 * Shipments (packages) under `scope`: one per shipment box, with its status line and "Track package"
 * link. Boxes that show neither a status nor a tracking link (old orders, eGift cards, empty
 * placeholders of the 2024 data-component layout) carry nothing for the shopper and are skipped. Without any box, a
 * lone tracking link still makes one shipment. `statusRead`: the scope's status was looked for here (in its boxes, or
 * beside the lone link), so a caller need not scan the scope for it again.
 */
export function readShipments(
  ctx: AmazonPageContext,
  scope: ParentNode,
): { found: Found<ExtractedShipment[]> | null; statusRead: boolean } {
  const boxes = allMatches(scope, SHIPMENT_BOX);
  const shipments: ExtractedShipment[] = [];
  if (boxes) {
    for (const box of boxes.value) {
      try {
        const status = statusIn(box);
        const trackingUrl = trackingUrlIn(ctx, box);
        if (!status && !trackingUrl) continue;
        const shipment: ExtractedShipment = {};
        if (status) shipment.status = status;
        if (trackingUrl) shipment.trackingUrl = trackingUrl;
        shipments.push(shipment);
      } catch {
        // A broken box must not lose the others.
      }
    }
    return { found: shipments.length ? { value: shipments, strategy: boxes.strategy } : null, statusRead: true };
  }
  const trackingUrl = trackingUrlIn(ctx, scope);
  if (!trackingUrl) return { found: null, statusRead: false };
  // One link and no box: the scope's status line is that package's ("Arriving today", seen 2025 on .in).
  const status = statusIn(scope);
  return {
    found: { value: [status ? { status, trackingUrl } : { trackingUrl }], strategy: 'lone-track-link' },
    statusRead: true,
  };
}
