import { useEffect, useState } from 'preact/hooks';
import { readTabOrders, type TabOrders, tabIdFromKey } from '@/lib/tab-orders';

export interface ActiveTabState {
  tabId: number | null;
  record: TabOrders | null;
  loading: boolean;
}

/**
 * The tab the panel is about, and what its content script found there. In Chrome's side panel and Firefox's
 * sidebar that is the active tab of the panel's own window. When the panel page is opened in a tab or window of
 * its own (pop-out, or `?tabId=` to pin one tab), it follows the active tab of the last focused normal window
 * instead, never itself.
 */
export function useActiveTabOrders(): ActiveTabState {
  const [state, setState] = useState<ActiveTabState>({ tabId: null, record: null, loading: true });

  useEffect(() => {
    let disposed = false;
    let currentTabId: number | null = null;
    const pinned = Number(new URLSearchParams(location.search).get('tabId'));
    const pinnedTabId = Number.isInteger(pinned) && pinned > 0 ? pinned : null;

    const load = async (tabId: number | null) => {
      currentTabId = tabId;
      // A storage that fails to answer shows the panel's "no orders" state, not "Loading…" for good.
      const record = tabId === null ? null : await readTabOrders(browser.storage.session, tabId).catch(() => null);
      if (!disposed && currentTabId === tabId) setState({ tabId, record, loading: false });
    };

    const resolveTarget = async (): Promise<number | null> => {
      if (pinnedTabId !== null) return pinnedTabId;
      const self = await browser.tabs.getCurrent();
      if (!self) {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return active?.id ?? null;
      }
      // Firefox deprecated `windowTypes` here (Firefox 62: ignored, with a warning) and names the panel's own window
      // when that has the focus, as a pop-out has when it opens: then any normal window's active tab will do, the
      // one used last. Chrome honours the filter.
      const filter = import.meta.env.FIREFOX ? {} : { windowTypes: ['normal' as const] };
      const win = await browser.windows.getLastFocused(filter).catch(() => null);
      const lastNormal = win?.id !== undefined && win.type === 'normal' ? win.id : undefined;
      const candidates = await browser.tabs.query(
        lastNormal !== undefined ? { active: true, windowId: lastNormal } : { active: true, windowType: 'normal' },
      );
      return mostRecent(candidates.filter((tab) => tab.id !== self.id && tab.windowId !== self.windowId))?.id ?? null;
    };

    // A tab query that fails (the window closed meanwhile) is "no tab": the panel says so instead of loading for good.
    const refresh = () =>
      void resolveTarget()
        .catch(() => null)
        .then(load);

    const onActivated = () => {
      if (pinnedTabId === null) refresh();
    };
    const onFocus = (windowId: number) => {
      if (pinnedTabId === null && windowId !== browser.windows.WINDOW_ID_NONE) refresh();
    };
    // The tab shown was closed: a pop-out panel may get no activation nor a focus change it can use (a closed window
    // reports focus on "no window"), so it looks for the active tab again rather than showing a closed tab's orders.
    const onRemoved = (tabId: number) => {
      if (pinnedTabId === null && tabId === currentTabId) refresh();
    };
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session') return;
      for (const key of Object.keys(changes)) {
        if (tabIdFromKey(key) === currentTabId) void load(currentTabId);
      }
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.windows?.onFocusChanged.addListener(onFocus);
    browser.storage.onChanged.addListener(onStorage);
    refresh();
    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.windows?.onFocusChanged.removeListener(onFocus);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  return state;
}

/** The tab used last (`lastAccessed`: Chrome 121+, Firefox), or the first where the browser does not say. */
function mostRecent<T extends { lastAccessed?: number }>(tabs: T[]): T | undefined {
  return tabs.reduce<T | undefined>(
    (best, tab) => (best && (best.lastAccessed ?? 0) >= (tab.lastAccessed ?? 0) ? best : tab),
    undefined,
  );
}
