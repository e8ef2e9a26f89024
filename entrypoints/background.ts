import { setUpContextMenu } from '@/lib/background/context-menu';
import { rememberSeenOrders } from '@/lib/background/remember-orders';
import { setUpReminders } from '@/lib/background/reminders';
import { routeMessage } from '@/lib/background/route-message';
import { setUpWelcome } from '@/lib/background/welcome';
import { KefuNotesDb, NotesStore } from '@/lib/notes';
import type { ContentInbound } from '@/lib/protocol';
import { isShopUrl, parseMessage, RESCAN_NOW } from '@/lib/protocol';
import { clearTabOrders, scheduleTabChecks, verifyTabOrders } from '@/lib/tab-orders';

export default defineBackground(() => {
  const receiver = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isShopUrl,
  };
  // The background only writes page data (recent orders), never user text, so it needs no privacy sanitiser;
  // leaving the detector out keeps the service worker small and quick to start.
  const notes = new NotesStore(new KefuNotesDb(), { sanitize: (text) => ({ text, found: false }) });
  const deps = {
    session: browser.storage.session,
    onOrdersSeen: (parsed: Parameters<typeof rememberSeenOrders>[1]) => rememberSeenOrders(notes, parsed),
    now: () => Date.now(),
    sendToTab: (tabId: number, message: ContentInbound) => browser.tabs.sendMessage(tabId, message),
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = parseMessage(raw, sender, receiver, ['orders/found', 'tab/rescan']);
    if (!parsed) return undefined;
    return routeMessage(parsed, deps);
  });

  // A tab that navigates away or closes no longer shows the orders its last page reported.
  const probe = (tabId: number) =>
    browser.tabs.sendMessage(tabId, RESCAN_NOW, { frameId: 0 }).then(
      (answer) => answer === true,
      () => false,
    );
  const checkTab = scheduleTabChecks((tabId) => void verifyTabOrders(deps.session, tabId, probe));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'complete') checkTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabOrders(deps.session, tabId));

  setUpWelcome(browser);
  setUpPanelOpening();
  setUpContextMenu(browser, deps.session, notes);
  setUpReminders(notes);
});

/** The toolbar button (and its keyboard command) opens the panel: Chrome's side panel or Firefox's sidebar. */
function setUpPanelOpening(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const action = browser.action ?? browser.browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}

/** The one part of `chrome.sidePanel` we use (not in the polyfill's types). */
interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
