/**
 * Opening Kefu's panel from an extension page or the background: Chrome's side panel (`chrome.sidePanel.open`,
 * Chrome 116+) or Firefox's sidebar (`sidebarAction.open`). Both browsers accept the call only while a user gesture
 * (a click, a notification click) is being handled, so nothing here awaits before calling; Chrome's panel opens for
 * a window, whose id the caller looks up beforehand (see {@link panelNeedsWindow}).
 *
 * Read from the globals, not the polyfill: `sidePanel` is Chrome-only and not in webextension-polyfill, and Firefox's
 * `sidebarAction.open` must be the native call to keep the gesture.
 */
interface PanelOpeners {
  chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

const openers = () => globalThis as PanelOpeners;

/** Whether this browser can open the panel from a click at all. */
export function canOpenPanel(): boolean {
  const { browser, chrome } = openers();
  return Boolean(browser?.sidebarAction ?? chrome?.sidePanel);
}

/** Chrome: the panel opens for one window, so the caller needs that window's id before the click. */
export function panelNeedsWindow(): boolean {
  const { browser, chrome } = openers();
  return !browser?.sidebarAction && Boolean(chrome?.sidePanel);
}

/** Opens the panel now (call inside the gesture); rejects where the browser has no panel or no window was given. */
export function openPanelIn(windowId: number | null): Promise<void> {
  const { browser, chrome } = openers();
  if (browser?.sidebarAction) return browser.sidebarAction.open();
  if (chrome?.sidePanel && windowId !== null) return chrome.sidePanel.open({ windowId });
  return Promise.reject(new Error('no side panel API'));
}
