import { uiLang } from '../i18n';
import type { NotesStore } from '../notes';
import { sanitizeSecrets } from '../privacy';
import type { CopySummaryMessage } from '../protocol/content-inbox';
import { MAX_COPY_SUMMARIES, MAX_COPY_SUMMARY_CHARS } from '../protocol/extraction-limits';
import { AMAZON_ORDER_PATHS, AMAZON_TRACKING_PATHS, amazonMatchPatterns } from '../sites/amazon/marketplaces';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '../sites/taobao/hosts';
import { readTabOrders, type SessionArea } from '../tab-orders';
import { formatOrderSummary } from '../templates';
import { REMINDER_ICON } from './reminders';

export const COPY_ORDER_MENU_ID = 'kefu-copy-order-details';
/** The one notification saying "Copy order details" copied nothing (the next replaces it). */
export const COPY_FAILED_NOTIFICATION_ID = 'copy-order-failed';

/** Summaries of every order a tab reported, in the UI language, secrets masked unless the user opted out. */
export async function orderSummariesForTab(
  session: SessionArea,
  tabId: number,
  copyRaw: boolean,
): Promise<CopySummaryMessage['summaries']> {
  const record = await readTabOrders(session, tabId);
  const extraction = record?.extraction;
  if (!extraction?.platform) return [];
  const lang = uiLang();
  return extraction.orders.slice(0, MAX_COPY_SUMMARIES).map((order) => {
    const known = [order.orderId, ...order.shipments.flatMap((s) => (s.trackingId ? [s.trackingId] : []))];
    const redact = copyRaw ? (text: string) => text : (text: string) => sanitizeSecrets(text, known).text;
    const text = formatOrderSummary(order, {
      lang,
      platform: extraction.platform!,
      marketplace: extraction.marketplace,
      redact,
    });
    // An order with hundreds of items must not make the whole message invalid: cut its item list short.
    return { orderId: order.orderId, text: truncateLines(text, MAX_COPY_SUMMARY_CHARS) };
  });
}

/** "Copy order details" in the page's context menu, only on the order pages our content scripts run on. */
export function setUpContextMenu(api: typeof browser, session: SessionArea, notes: NotesStore): void {
  // Made at every start of the background, not only on install: Firefox keeps an extension's menus across browser
  // restarts only when its background is non-persistent, and Kefu's Firefox (MV2) background is persistent, so a menu
  // made on install was gone after the next browser start. Removed first, so where menus persist (Chrome) it is
  // not a duplicate.
  void api.contextMenus
    .removeAll()
    .then(() =>
      api.contextMenus.create({
        id: COPY_ORDER_MENU_ID,
        title: api.i18n.getMessage('contextCopyOrder'),
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: [
          ...amazonMatchPatterns([...AMAZON_ORDER_PATHS, ...AMAZON_TRACKING_PATHS]),
          ...TAOBAO_ORDER_MATCH_PATTERNS,
        ],
      }),
    )
    .catch((err) => console.error('[kefu context menu]', err));
  api.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== COPY_ORDER_MENU_ID || tab?.id === undefined) return;
    const copyRaw = (await notes.getSetting<boolean>('copyRaw').catch(() => false)) === true;
    const summaries = await orderSummariesForTab(session, tab.id, copyRaw);
    // The content script answers whether the clipboard took the text. It may not: the page's user activation from the
    // right-click lasts 5 s (a slower pick is refused), the script may be gone (extension reloaded), or the page shows
    // no order (the menu is on every order list and help page). Say so: a silent miss has the user paste whatever the
    // clipboard held before, perhaps something private, into the chat.
    const message: CopySummaryMessage = { type: 'content/copy-summary', summaries };
    const copied =
      summaries.length > 0 && (await api.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => false)) === true;
    if (copied) {
      // A notice of an earlier failed try (the retry it asks for just worked) would read as if this one failed too.
      await api.notifications.clear(COPY_FAILED_NOTIFICATION_ID).catch(() => {});
      return;
    }
    await api.notifications
      .create(COPY_FAILED_NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: api.runtime.getURL(REMINDER_ICON),
        title: api.i18n.getMessage('contextCopyFailedTitle'),
        message: api.i18n.getMessage(summaries.length > 0 ? 'contextCopyBlocked' : 'contextCopyNoOrder'),
      })
      .catch(() => {});
  });
}

/** Whole lines up to `max` characters, then "…"; a single over-long line is cut. */
export function truncateLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const lastBreak = cut.lastIndexOf('\n');
  return `${lastBreak > 0 ? cut.slice(0, lastBreak) : cut}\n…`;
}
