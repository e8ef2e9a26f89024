import type { ExtractedShipment } from '../../extract/types';
import { absoluteHttpsUrl } from '../https-url';
import { type AmazonPageContext, allMatches, type Found, firstMatch } from './context';
import { SHIPMENT_BOX, SHIPMENT_STATUS, TRACK_PACKAGE_LINK } from './selectors';
import { visibleText } from './visible-text';

function trackingUrlIn(ctx: AmazonPageContext, scope: ParentNode): string | undefined {
  const link = firstMatch(scope, TRACK_PACKAGE_LINK);
  return link ? absoluteHttpsUrl(link.value.getAttribute('href'), ctx.url) : undefined;
}

/** The status line in `scope` (a shipment box, or a card or detail page without boxes). */
function statusIn(scope: ParentNode): string | undefined {
  const text = visibleText(firstMatch(scope, SHIPMENT_STATUS)?.value);
  if (text) return text;
  // Classic boxes keep the status in a hidden span's attribute too (2020–2024).
  const hidden = scope.querySelector('[data-yodeliveryestimate]');
  const attr = hidden?.getAttribute('data-yodeliveryestimate')?.trim();
  return attr || undefined;
}

/** A shipment of the status line and tracking link found for it (one of them may be missing). */
function shipmentOf(status: string | undefined, trackingUrl: string | undefined): ExtractedShipment {
  const shipment: ExtractedShipment = {};
  if (status) shipment.status = status;
  if (trackingUrl) shipment.trackingUrl = trackingUrl;
  return shipment;
}

/**
 * Shipments (packages) under `scope`: one per shipment box, with its status line and "Track package"
 * link. Boxes that show neither a status nor a tracking link (old orders, eGift cards, empty
 * placeholders of the 2024 data-component layout) carry nothing for the shopper and are skipped. Without any box, a
 * lone tracking link still makes one shipment. `status`: the scope's, which is its first box's status line, or without
 * boxes the scope's own status line (the card's or detail page's, whether or not a lone link is there).
 */
export function readShipments(
  ctx: AmazonPageContext,
  scope: ParentNode,
): { found: Found<ExtractedShipment[]> | null; status: string | undefined } {
  const boxes = allMatches(scope, SHIPMENT_BOX);
  const shipments: ExtractedShipment[] = [];
  if (boxes) {
    for (const box of boxes.value) {
      try {
        const status = statusIn(box);
        const trackingUrl = trackingUrlIn(ctx, box);
        if (status || trackingUrl) shipments.push(shipmentOf(status, trackingUrl));
      } catch {
        // A broken box must not lose the others.
      }
    }
    return {
      found: shipments.length ? { value: shipments, strategy: boxes.strategy } : null,
      status: shipments.find((s) => s.status)?.status,
    };
  }
  const status = statusIn(scope);
  const trackingUrl = trackingUrlIn(ctx, scope);
  // One link and no box: the scope's status line is that package's ("Arriving today", seen 2025 on .in).
  return {
    found: trackingUrl ? { value: [shipmentOf(status, trackingUrl)], strategy: 'lone-track-link' } : null,
    status,
  };
}
