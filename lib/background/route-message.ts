import { type ContentInbound, RESCAN_NOW } from '../protocol/content-inbox';
import type { Parsed } from '../protocol/messages';
import { type SessionArea, saveTabOrders } from '../tab-orders';
import { enrichShipments } from '../tracking/enrich';

export interface BackgroundDeps {
  session: SessionArea;
  now: () => number;
  sendToTab: (tabId: number, message: ContentInbound) => Promise<unknown>;
  /** Called with every non-empty extraction, e.g. to remember recent orders in the notes database. */
  onOrdersSeen?: (parsed: Parsed) => Promise<void>;
}

/** What the background does with each validated message. */
export async function routeMessage(parsed: Parsed, deps: BackgroundDeps): Promise<void> {
  const { message } = parsed;
  switch (message.type) {
    case 'orders/found': {
      if (parsed.tabId === null || parsed.url === null) return;
      await saveTabOrders(deps.session, {
        tabId: parsed.tabId,
        url: pageUrl(message.url, parsed.url),
        extraction: {
          ...message.extraction,
          orders: enrichShipments(message.extraction.orders, message.extraction.platform),
        },
        diagnostics: message.diagnostics,
        updatedAt: deps.now(),
      });
      // Private windows: the tab's own record goes with the tab (session storage, cleared on close), but nothing is
      // written to the notes database, which outlives the private session.
      if (message.extraction.orders.length > 0 && !parsed.incognito) await deps.onOrdersSeen?.(parsed);
      return;
    }
    case 'tab/rescan':
      // The tab may have no content script (not a shop page): that is not an error worth surfacing.
      await deps.sendToTab(message.tabId, RESCAN_NOW).catch(() => undefined);
      return;
  }
}

/**
 * The URL to record for a report: the page's own claim when it stays on the origin the browser stamped on the
 * sender (a same-document navigation changes the path, never the origin), else the stamped URL.
 */
export function pageUrl(claimed: string, stamped: string): string {
  try {
    return new URL(claimed).origin === new URL(stamped).origin ? claimed : stamped;
  } catch {
    return stamped;
  }
}
